package org.piishield.formats;

/**
 * One word recognised by {@link OcrEngine}: its text, its box in image pixels (origin top-left, {@code x1}
 * and {@code y1} exclusive), Tesseract's confidence (0 to 100) and the index of its text line in the image
 * (0-based, in reading order). {@link #toString} leaves the text out, so words can appear in diagnostics.
 *
 * <p>Example: "Ana" rendered at x 40..95, y 20..52 on the first line is
 * {@code new OcrWord("Ana", 40, 20, 95, 52, 93.1f, 0)}.
 */
public record OcrWord(String text, int x0, int y0, int x1, int y1, float confidence, int line) {

  @Override
  public String toString() {
    return "OcrWord[" + text.length() + " chars, line " + line + ", box " + x0 + "," + y0 + "-" + x1 + "," + y1
        + ", confidence " + confidence + "]";
  }
}
