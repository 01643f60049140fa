package org.piishield.formats.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.piishield.extract.ExtractionException;

/**
 * Every entry of a zip output by name, for the verifiers: read with {@link ZipFile}, bounded by
 * {@link #MAX_BYTES} expanded bytes. {@code isXml("word/_rels/document.xml.rels")} is true.
 */
final class ZipParts {

  static final long MAX_BYTES = 1024L * 1024 * 1024;

  private ZipParts() {}

  static Map<String, byte[]> read(Path zipFile) throws IOException, ExtractionException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    long total = 0;
    try (ZipFile zip = new ZipFile(zipFile.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory()) {
          continue;
        }
        byte[] data;
        try (InputStream in = zip.getInputStream(e)) {
          data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
        }
        total += data.length;
        if (total > MAX_BYTES) {
          throw new ExtractionException("output expands beyond " + MAX_BYTES + " bytes; not verified");
        }
        out.put(e.getName(), data);
      }
    } catch (ZipException e) {
      throw new ExtractionException("output is not a zip package; cannot verify it");
    }
    return out;
  }

  static boolean isXml(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
  }
}
