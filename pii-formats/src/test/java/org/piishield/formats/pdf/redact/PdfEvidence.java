package org.piishield.formats.pdf.redact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What an independent reader finds in a PDF: poppler's and Ghostscript's text, poppler's word boxes, every byte of
 * every object (streams decoded) and rendered pixels. Used to prove a withheld value is gone and everything else
 * stayed.
 */
final class PdfEvidence {
  private static final Pattern PAGE = Pattern.compile("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">");
  private static final Pattern WORD = Pattern.compile(
      "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");

  /** A word as poppler places it: 1-based page, top-down coordinates in points. */
  record Word(int page, String text, double xMin, double yMin, double xMax, double yMax) {}

  private PdfEvidence() {}

  /** Every word of every page, from {@code pdftotext -bbox}. */
  static List<Word> words(Path pdf) throws IOException, InterruptedException {
    String html = ExternalTools.run("pdftotext", "-enc", "UTF-8", "-bbox", pdf.toString(), "-");
    List<Word> out = new ArrayList<>();
    int page = 0;
    int at = 0;
    Matcher p = PAGE.matcher(html);
    Matcher w = WORD.matcher(html);
    while (w.find(at)) {
      while (p.find(at) && p.start() < w.start()) {
        page++;
        at = p.end();
      }
      out.add(new Word(page, unescape(w.group(5)), Double.parseDouble(w.group(1)), Double.parseDouble(w.group(2)),
          Double.parseDouble(w.group(3)), Double.parseDouble(w.group(4))));
      at = w.end();
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /**
   * Fails when {@code value} (or any of its words of four or more letters) appears in poppler's layout or raw
   * text, Ghostscript's text, the raw file, or any object's bytes with streams decoded (ASCII/UTF-8 and UTF-16BE).
   */
  static void assertGone(Path pdf, String value) throws IOException, InterruptedException {
    List<String> needles = new ArrayList<>(List.of(value));
    for (String part : value.split("[\\s,.]+")) {
      if (part.length() >= 4) {
        needles.add(part);
      }
    }
    String layout = ExternalTools.pdftotext(pdf, true, 0).toLowerCase(Locale.ROOT);
    String raw = ExternalTools.pdftotext(pdf, false, 0).toLowerCase(Locale.ROOT);
    String gs = ExternalTools.gsText(pdf).toLowerCase(Locale.ROOT);
    byte[] bytes = allBytes(pdf);
    for (String n : needles) {
      String lower = n.toLowerCase(Locale.ROOT);
      assertFalse(layout.contains(lower), "pdftotext -layout still finds a withheld word (" + n.length() + " chars)");
      assertFalse(raw.contains(lower), "pdftotext -raw still finds a withheld word");
      assertFalse(gs.contains(lower), "gs txtwrite still finds a withheld word");
      assertFalse(indexOf(bytes, n.getBytes(StandardCharsets.UTF_8)) >= 0, "file bytes still hold a withheld word");
      assertFalse(indexOf(bytes, n.getBytes(StandardCharsets.UTF_16BE)) >= 0, "file bytes hold it as UTF-16BE");
    }
  }

  /** Whether the value appears anywhere in the bytes (raw and decoded) — to show an input really held it. */
  static boolean bytesContain(Path pdf, String value) throws IOException {
    byte[] bytes = allBytes(pdf);
    return indexOf(bytes, value.getBytes(StandardCharsets.UTF_8)) >= 0
        || indexOf(bytes, value.getBytes(StandardCharsets.UTF_16BE)) >= 0;
  }

  /**
   * The raw file followed by every object in its cross-reference tables (all revisions), strings and names as
   * bytes and streams decoded where a filter allows (raw otherwise).
   */
  static byte[] allBytes(Path pdf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Files.readAllBytes(pdf));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (COSObjectKey key : new ArrayList<>(doc.getDocument().getXrefTable().keySet())) {
        COSObject object = doc.getDocument().getObjectFromPool(key);
        dump(object.getObject(), out, seen);
      }
      dump(doc.getDocument().getTrailer(), out, seen);
    }
    return out.toByteArray();
  }

  private static void dump(COSBase base, ByteArrayOutputStream out, Set<COSBase> seen) throws IOException {
    if (base instanceof COSObject ref) {
      base = ref.getObject();
    }
    if (base == null || !seen.add(base)) {
      return;
    }
    if (base instanceof COSString s) {
      out.write(s.getBytes());
      out.write(s.getString().getBytes(StandardCharsets.UTF_8));
    } else if (base instanceof COSName n) {
      out.write(n.getName().getBytes(StandardCharsets.UTF_8));
    } else if (base instanceof COSArray a) {
      for (int i = 0; i < a.size(); i++) {
        dump(a.get(i), out, seen);
      }
    } else if (base instanceof COSDictionary d) {
      for (COSName k : d.keySet()) {
        dump(k, out, seen);
        dump(d.getItem(k), out, seen);
      }
      if (d instanceof COSStream stream) {
        try (InputStream in = stream.createInputStream()) {
          out.write(in.readAllBytes());
        } catch (IOException | RuntimeException e) {
          try (InputStream in = stream.createRawInputStream()) {
            out.write(in.readAllBytes());
          }
        }
      }
    }
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Asserts every word of the original that does not belong to the withheld value is still extracted by poppler
   * from the redacted file, on the same page, within 1 pt of where it was.
   */
  static void assertKeptInPlace(List<Word> before, List<Word> after, Set<String> withheldWords) {
    for (Word w : before) {
      if (withheldWords.contains(w.text())) {
        continue;
      }
      boolean found = false;
      for (Word a : after) {
        if (a.page() == w.page() && a.text().equals(w.text()) && Math.abs(a.xMin() - w.xMin()) <= 1
            && Math.abs(a.xMax() - w.xMax()) <= 1 && Math.abs(a.yMin() - w.yMin()) <= 1
            && Math.abs(a.yMax() - w.yMax()) <= 1) {
          found = true;
          break;
        }
      }
      if (!found) {
        fail("word '" + w.text() + "' on page " + w.page() + " at x " + w.xMin() + " y " + w.yMin()
            + " is no longer extracted in place; after: " + after);
      }
    }
  }

  /** Page {@code page} (1-based) rendered by poppler at 72 dpi: one pixel per point. */
  static BufferedImage render(Path pdf, int page, Path dir) throws IOException, InterruptedException {
    Path prefix = dir.resolve("render-" + page);
    ExternalTools.run("pdftoppm", "-r", "72", "-png", "-singlefile", "-f", Integer.toString(page), "-l",
        Integer.toString(page), pdf.toString(), prefix.toString());
    return ImageIO.read(prefix.resolveSibling(prefix.getFileName() + ".png").toFile());
  }

  /** The images of a PDF as {@code pdfimages -png} extracts them, in order. */
  static List<BufferedImage> images(Path pdf, Path dir) throws IOException, InterruptedException {
    Path prefix = dir.resolve("img");
    ExternalTools.run("pdfimages", "-png", pdf.toString(), prefix.toString());
    List<BufferedImage> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.getFileName().toString().startsWith("img-")).sorted().toList()) {
        out.add(ImageIO.read(p.toFile()));
      }
    }
    return out;
  }

  /** Asserts every pixel of {@code [x0,x1) × [y0,y1)} (image coordinates) is within 40 of {@code rgb} per channel. */
  static void assertSolid(BufferedImage image, int x0, int y0, int x1, int y1, int rgb) {
    assertTrue(x1 > x0 && y1 > y0, "empty pixel box");
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int p = image.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          if (Math.abs(((p >> shift) & 0xFF) - ((rgb >> shift) & 0xFF)) > 40) {
            fail(String.format(Locale.ROOT, "pixel (%d,%d) is #%06X, expected #%06X in box %d,%d..%d,%d", x, y,
                p & 0xFFFFFF, rgb & 0xFFFFFF, x0, y0, x1, y1));
          }
        }
      }
    }
  }
}
