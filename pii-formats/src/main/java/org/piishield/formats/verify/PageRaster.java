package org.piishield.formats.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One rendered page as {@code pdftoppm} writes it (binary PPM, {@code P6}, 8 bits per channel): RGB pixels,
 * row-major from the top-left corner.
 *
 * <p>Example: a US Letter page rendered at 72 dpi is 612 × 792 pixels; {@code rgb(0, 0)} is the top-left pixel as
 * {@code 0xRRGGBB}.
 */
final class PageRaster {
  private final int width;
  private final int height;
  private final byte[] pixels;
  private final int offset;

  private PageRaster(int width, int height, byte[] pixels, int offset) {
    this.width = width;
    this.height = height;
    this.pixels = pixels;
    this.offset = offset;
  }

  static PageRaster readPpm(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    int[] pos = {0};
    if (!"P6".equals(token(b, pos))) {
      throw new IOException("not a binary PPM: " + file.getFileName());
    }
    int w = Integer.parseInt(token(b, pos));
    int h = Integer.parseInt(token(b, pos));
    int max = Integer.parseInt(token(b, pos));
    int start = pos[0] + 1; // one whitespace byte after maxval
    if (max != 255 || w <= 0 || h <= 0 || start + 3L * w * h > b.length) {
      throw new IOException("unexpected PPM layout: " + file.getFileName());
    }
    return new PageRaster(w, h, b, start);
  }

  private static String token(byte[] b, int[] pos) throws IOException {
    int i = pos[0];
    while (i < b.length && (Character.isWhitespace(b[i]) || b[i] == '#')) {
      if (b[i] == '#') {
        while (i < b.length && b[i] != '\n') {
          i++;
        }
      }
      i++;
    }
    int start = i;
    while (i < b.length && !Character.isWhitespace(b[i])) {
      i++;
    }
    if (start == i) {
      throw new IOException("truncated PPM header");
    }
    pos[0] = i;
    return new String(b, start, i - start, StandardCharsets.US_ASCII);
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  int rgb(int x, int y) {
    int i = offset + 3 * (y * width + x);
    return (pixels[i] & 0xFF) << 16 | (pixels[i + 1] & 0xFF) << 8 | (pixels[i + 2] & 0xFF);
  }
}
