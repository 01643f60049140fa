package org.piishield.formats.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Check {@code image-ocr}: every image a page draws that is big enough to hold text (at least {@value #MIN_WIDTH}
 * × {@value #MIN_HEIGHT} pixels; stencil masks count, soft masks do not) is extracted as it is stored, not as it
 * is shown (so pixels hidden under a box are read too), with poppler's {@code pdfimages -png}, and read by the
 * {@code tesseract} command; its text is searched for every withheld value like the text checks do
 * ({@link SearchText}, folded, digits alone). A hit: {@code withheld value of row 3 (EMAIL) still legible in an
 * image on page 2 (OCR)}.
 *
 * <p>Cost: one {@code pdfimages -list} per document; a document without such images (a text PDF) runs nothing
 * else. All qualifying images are OCR'd by one tesseract process (its list-file input).
 */
final class ImageOcrCheck {
  static final int MIN_WIDTH = 24;
  static final int MIN_HEIGHT = 10;
  static final String INSTALL_HINT = "install it with: sudo apt-get install -y tesseract-ocr tesseract-ocr-eng";

  /** One row of {@code pdfimages -list}: 1-based page, image number, type, pixel size. */
  record ListedImage(int page, int number, String type, int width, int height) {
    boolean mayHoldText() {
      return ("image".equals(type) || "stencil".equals(type)) && width >= MIN_WIDTH && height >= MIN_HEIGHT;
    }
  }

  private ImageOcrCheck() {}

  /** Every image of {@code pdf} as {@code pdfimages -list} lists them, in its order (page by page). */
  static List<ListedImage> listImages(Path pdf) throws IOException {
    String table = new String(ToolProcess.run(List.of("pdfimages", "-list", pdf.toString())), StandardCharsets.UTF_8);
    List<ListedImage> out = new ArrayList<>();
    for (String line : table.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 5 || !f[0].chars().allMatch(Character::isDigit) || f[0].isEmpty()) {
        continue; // the two header lines
      }
      out.add(new ListedImage(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]),
          Integer.parseInt(f[4])));
    }
    return out;
  }

  /** Whether any listed image is big enough to hold text. */
  static boolean anyMayHoldText(List<ListedImage> images) {
    return images.stream().anyMatch(ListedImage::mayHoldText);
  }

  /**
   * OCRs the images of {@code images} (all of {@link #listImages}) that may hold text and names every withheld
   * value found in one.
   */
  static CheckResult run(Path pdf, List<ListedImage> images, List<WithheldValue> withheld, ValueMatcher values)
      throws IOException {
    // pdfimages -f numbers its files from 0 again, so files are matched to the list by their order on each page
    Map<Integer, List<ListedImage>> byPage = new TreeMap<>();
    int first = Integer.MAX_VALUE;
    int last = 0;
    int wanted = 0;
    for (ListedImage i : images) {
      byPage.computeIfAbsent(i.page(), k -> new ArrayList<>()).add(i);
      if (i.mayHoldText()) {
        first = Math.min(first, i.page());
        last = Math.max(last, i.page());
        wanted++;
      }
    }
    List<String> residues = new ArrayList<>();
    if (wanted == 0) {
      return CheckResult.of("image-ocr", residues);
    }
    Path dir = Files.createTempDirectory("pii-shield-ocr-");
    try {
      ToolProcess.run(List.of("pdfimages", "-q", "-png", "-p", "-f", Integer.toString(first), "-l",
          Integer.toString(last), pdf.toString(), dir.resolve("i").toString()));
      List<Path> files = new ArrayList<>();
      List<ListedImage> listed = new ArrayList<>();
      Map<Integer, List<Path>> filesByPage = new TreeMap<>();
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.toList()) {
          String name = f.getFileName().toString(); // i-PPP-NNN.png
          String[] parts = name.endsWith(".png") ? name.substring(0, name.length() - 4).split("-") : new String[0];
          if (parts.length == 3) {
            filesByPage.computeIfAbsent(Integer.parseInt(parts[1]), k -> new ArrayList<>()).add(f);
          }
        }
      }
      for (Map.Entry<Integer, List<Path>> e : filesByPage.entrySet()) {
        List<Path> onPage = new ArrayList<>(e.getValue());
        onPage.sort((a, b) -> Integer.compare(number(a), number(b)));
        List<ListedImage> rows = byPage.getOrDefault(e.getKey(), List.of());
        for (int k = 0; k < onPage.size() && k < rows.size(); k++) {
          if (rows.get(k).mayHoldText()) {
            files.add(onPage.get(k));
            listed.add(rows.get(k));
          }
        }
      }
      if (files.size() != wanted) {
        residues.add((wanted - files.size()) + " image(s) could not be extracted to read them");
      }
      if (files.isEmpty()) {
        return CheckResult.of("image-ocr", residues);
      }
      Path list = dir.resolve("images.txt");
      Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
      // one OpenMP thread: on a busy 2-core machine 3 page images took 10 s instead of 30 s with the default
      String text = new String(ToolProcess.run(List.of("tesseract", list.toString(), "stdout", "-l", "eng+spa"),
          Map.of("OMP_THREAD_LIMIT", "1")), StandardCharsets.UTF_8);
      String[] perImage = text.split("\f", -1);
      for (int i = 0; i < listed.size() && i < perImage.length; i++) {
        boolean[] found = values.newFound();
        values.markFound(SearchText.of(perImage[i]), true, found);
        for (int v = 0; v < found.length; v++) {
          WithheldValue w = withheld.get(v);
          if (found[v]) {
            residues.add("withheld value of row " + w.row() + " (" + w.type() + ") still legible in an image on page "
                + listed.get(i).page() + " (OCR)");
          }
        }
      }
      return CheckResult.of("image-ocr", residues.stream().distinct().toList());
    } finally {
      PageRenders.deleteTree(dir);
    }
  }

  /** The image number NNN of a file named {@code i-PPP-NNN.png}. */
  private static int number(Path file) {
    String name = file.getFileName().toString();
    return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1, name.length() - 4));
  }
}
