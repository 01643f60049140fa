package org.piishield.formats.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.piishield.extract.ExtractionException;

/**
 * The parts of an Office (OPC) zip package held in memory by name, in their order in the file. Reading is bounded:
 * the file by {@code maxBytes}, the parts' expanded size by {@link #MAX_EXPANDED_BYTES} and their number by
 * {@link #MAX_PARTS} (a zip bomb is refused, not expanded).
 *
 * <p>Writing makes a fresh zip (no data of the old one is carried over: no earlier entries, no zip comment, all
 * timestamps 1980-01-01) in a temporary file next to the target, then moves it into place.
 *
 * <p>{@code OfficePackage.read(Path.of("memo.docx"), 50_000_000).part("word/document.xml")} gives that part's
 * bytes. Not thread-safe.
 */
final class OfficePackage {

  static final long MAX_EXPANDED_BYTES = 512L * 1024 * 1024;
  static final int MAX_PARTS = 10_000;

  private final Map<String, byte[]> parts;

  private OfficePackage(Map<String, byte[]> parts) {
    this.parts = parts;
  }

  static OfficePackage read(Path file, long maxBytes) throws IOException, ExtractionException {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new ExtractionException("larger than the " + maxBytes + "-byte limit");
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    long expanded = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory()) {
          continue;
        }
        if (parts.size() >= MAX_PARTS) {
          throw new ExtractionException("more than " + MAX_PARTS + " parts in the package");
        }
        byte[] data;
        try (InputStream in = zip.getInputStream(e)) {
          data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_EXPANDED_BYTES - expanded + 1));
        }
        expanded += data.length;
        if (expanded > MAX_EXPANDED_BYTES) {
          throw new ExtractionException("parts expand beyond " + MAX_EXPANDED_BYTES + " bytes (zip bomb?)");
        }
        String name = e.getName().startsWith("/") ? e.getName().substring(1) : e.getName();
        if (parts.put(name, data) != null) {
          throw new ExtractionException("duplicate part " + name + " in the package");
        }
      }
    } catch (ZipException e) {
      throw new ExtractionException("not an Office Open XML package (not a zip; encrypted documents are not"
          + " supported)");
    }
    if (!parts.containsKey(Ooxml.CONTENT_TYPES_PART)) {
      throw new ExtractionException("not an Office Open XML package (no [Content_Types].xml)");
    }
    return new OfficePackage(parts);
  }

  Set<String> names() {
    return parts.keySet();
  }

  byte[] part(String name) {
    return parts.get(name);
  }

  boolean has(String name) {
    return parts.containsKey(name);
  }

  void put(String name, byte[] data) {
    parts.put(name, data);
  }

  void remove(String name) {
    parts.remove(name);
  }

  /** Writes the parts as a new zip to a temporary file next to {@code target} and moves it into place. */
  void write(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".shield-", ".tmp");
    boolean done = false;
    try {
      try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(os)) {
        // [Content_Types].xml first, as Office writes it; some readers sniff the first entry
        writeEntry(zip, Ooxml.CONTENT_TYPES_PART, parts.get(Ooxml.CONTENT_TYPES_PART));
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
          if (!e.getKey().equals(Ooxml.CONTENT_TYPES_PART)) {
            writeEntry(zip, e.getKey(), e.getValue());
          }
        }
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private static void writeEntry(ZipOutputStream zip, String name, byte[] data) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(315532800000L + 12 * 3600 * 1000L); // 1980-01-01 noon UTC: no edit time leaks
    zip.putNextEntry(entry);
    zip.write(data);
    zip.closeEntry();
  }
}
