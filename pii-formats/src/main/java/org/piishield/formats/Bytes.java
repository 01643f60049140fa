package org.piishield.formats;

/**
 * Unsigned integers read from byte arrays in either byte order, for the parsers of image containers (EXIF/TIFF
 * directories). {@code u16(new byte[] {0x01, 0x02}, 0, true)} is {@code 0x0201}; with {@code little} false it
 * is {@code 0x0102}.
 */
public final class Bytes {

  private Bytes() {}

  /** The unsigned 16-bit value at {@code at}. */
  public static int u16(byte[] b, int at, boolean little) {
    return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
  }

  /** The unsigned 32-bit value at {@code at}. */
  public static long u32(byte[] b, int at, boolean little) {
    return little
        ? (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24
        : (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
  }
}
