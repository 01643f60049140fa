package org.piishield.formats;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 of its first IFD, values 1 to 8) and how to apply it to pixels, so a
 * phone photo taken sideways is read and redacted upright, as viewers show it.
 *
 * <p>Example: a photo stored 4000x3000 with orientation {@code 6} ("rotate 90 degrees clockwise to view") becomes
 * a 3000x4000 upright image; its stored pixel (x, y) lands at (3000 - 1 - y, x).
 *
 * <p>Only the markers before the image data are read (at most 64 KiB of one APP1 segment); anything malformed
 * counts as orientation 1 (as stored).
 */
public final class ExifOrientation {

  /** As stored: no change. */
  public static final int NORMAL = 1;

  private ExifOrientation() {}

  /** The orientation of the JPEG {@code file}, or {@link #NORMAL} when it has none (or is not a JPEG). */
  public static int of(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
         DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
      if (in.readUnsignedShort() != 0xFFD8) {
        return NORMAL;
      }
      while (true) {
        int marker = in.readUnsignedShort();
        if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
          return NORMAL; // image data reached (or garbage): no EXIF before it
        }
        int length = in.readUnsignedShort() - 2;
        if (length < 0) {
          return NORMAL;
        }
        if (marker == 0xFFE1 && length >= 14 && length <= 65_533) {
          byte[] seg = new byte[length];
          in.readFully(seg);
          if (seg[0] == 'E' && seg[1] == 'x' && seg[2] == 'i' && seg[3] == 'f' && seg[4] == 0 && seg[5] == 0) {
            return fromTiff(seg, 6);
          }
        } else {
          in.skipNBytes(length);
        }
      }
    } catch (EOFException e) {
      return NORMAL;
    }
  }

  /** Tag 0x0112 of IFD0 of the TIFF structure starting at {@code base} of {@code b}; NORMAL when absent or bad. */
  static int fromTiff(byte[] b, int base) {
    if (b.length < base + 8) {
      return NORMAL;
    }
    boolean little = b[base] == 'I' && b[base + 1] == 'I';
    if (!little && !(b[base] == 'M' && b[base + 1] == 'M')) {
      return NORMAL;
    }
    long ifd = Bytes.u32(b, base + 4, little);
    int at = base + (int) Math.min(ifd, Integer.MAX_VALUE - base - 1);
    if (ifd < 8 || at + 2 > b.length) {
      return NORMAL;
    }
    int count = Bytes.u16(b, at, little);
    for (int i = 0; i < count; i++) {
      int e = at + 2 + i * 12;
      if (e + 12 > b.length) {
        return NORMAL;
      }
      if (Bytes.u16(b, e, little) == 0x0112 && Bytes.u16(b, e + 2, little) == 3) {
        int v = Bytes.u16(b, e + 8, little);
        return v >= 1 && v <= 8 ? v : NORMAL;
      }
    }
    return NORMAL;
  }

  /** {@code image} turned upright for {@code orientation} (the same image when it is {@link #NORMAL}). */
  public static BufferedImage apply(BufferedImage image, int orientation) {
    if (orientation <= NORMAL || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean swap = orientation >= 5;
    int ow = swap ? h : w;
    int oh = swap ? w : h;
    // same colour model (palette, bit depth) as the source, so pixels are copied exactly
    WritableRaster src = image.getRaster();
    WritableRaster dst = image.getColorModel().createCompatibleWritableRaster(ow, oh);
    BufferedImage out = new BufferedImage(image.getColorModel(), dst, image.isAlphaPremultiplied(), null);
    Object pixel = null;
    for (int y = 0; y < oh; y++) {
      for (int x = 0; x < ow; x++) {
        int sx;
        int sy;
        switch (orientation) {
          case 2 -> { sx = w - 1 - x; sy = y; }
          case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
          case 4 -> { sx = x; sy = h - 1 - y; }
          case 5 -> { sx = y; sy = x; }
          case 6 -> { sx = y; sy = h - 1 - x; }
          case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
          default -> { sx = w - 1 - y; sy = x; } // 8
        }
        pixel = src.getDataElements(sx, sy, pixel);
        dst.setDataElements(x, y, pixel);
      }
    }
    return out;
  }
}
