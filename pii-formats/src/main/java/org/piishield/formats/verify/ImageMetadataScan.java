package org.piishield.formats.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.piishield.formats.Bytes;

/**
 * Finds metadata in the bytes of a PNG, JPEG or TIFF file by walking its container structure directly (no image
 * library), for the image verifier. Only what a viewer needs to show the pixels is allowed; everything else is
 * reported by kind and position, never by content:
 *
 * <ul>
 *   <li>JPEG: any APP1..APP13, APP15 segment (EXIF with GPS and camera serials, XMP, ICC, IPTC/Photoshop in APP13),
 *       a JFIF header with a thumbnail or a JFXX extension, COM comments, and bytes after the end of the image.
 *       Allowed: a JFIF header without thumbnail, an Adobe APP14 colour header, the coding segments.
 *   <li>PNG: every chunk but {@code IHDR PLTE IDAT IEND tRNS gAMA cHRM sRGB sBIT pHYs bKGD} (so {@code tEXt},
 *       {@code iTXt}, {@code zTXt}, {@code eXIf}, {@code tIME}, {@code iCCP} and unknown chunks), and bytes after
 *       {@code IEND}.
 *   <li>TIFF: every IFD tag outside the baseline tags that describe pixels and strips/tiles (so EXIF and GPS IFD
 *       pointers, XMP, IPTC, Photoshop, Make, Model, Software, DateTime, Artist, descriptions, sub-IFDs).
 * </ul>
 *
 * Example: a phone JPEG gives {@code ["JPEG APP1 segment (Exif) at byte 2"]}; a clean re-encoded one gives
 * {@code []}. Bounded: loops in TIFF IFD chains and more than 10,000 IFDs stop the walk with a finding.
 */
final class ImageMetadataScan {

  private static final Set<String> PNG_ALLOWED =
      Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "pHYs", "bKGD");

  /** TIFF tags that only describe pixels and how they are stored. */
  private static final Set<Integer> TIFF_ALLOWED = Set.of(254, 255, 256, 257, 258, 259, 262, 263, 264, 265, 266,
      273, 274, 277, 278, 279, 280, 281, 282, 283, 284, 290, 291, 292, 293, 296, 297, 317, 318, 319, 320, 321,
      322, 323, 324, 325, 338, 339, 340, 341, 347, 529, 530, 531, 532);

  private static final Map<Integer, String> TIFF_NAMES = Map.ofEntries(Map.entry(269, "DocumentName"),
      Map.entry(270, "ImageDescription"), Map.entry(271, "Make"), Map.entry(272, "Model"), Map.entry(285, "PageName"),
      Map.entry(305, "Software"), Map.entry(306, "DateTime"), Map.entry(315, "Artist"),
      Map.entry(316, "HostComputer"), Map.entry(330, "SubIFDs"), Map.entry(700, "XMP"),
      Map.entry(33432, "Copyright"), Map.entry(33723, "IPTC"), Map.entry(34377, "Photoshop"),
      Map.entry(34665, "Exif IFD"), Map.entry(34675, "ICC profile"), Map.entry(34853, "GPS IFD"),
      Map.entry(37724, "ImageSourceData"), Map.entry(40965, "Interoperability IFD"));

  private ImageMetadataScan() {}

  /** The metadata found in {@code b}; an unknown container is a finding of its own. */
  static List<String> scan(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
      return jpeg(b);
    }
    if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return png(b);
    }
    if (b.length >= 8 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0)
        || (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42))) {
      return tiff(b);
    }
    return List.of("not a PNG, JPEG or TIFF file: its metadata cannot be checked");
  }

  private static List<String> jpeg(byte[] b) {
    List<String> out = new ArrayList<>();
    int at = 2;
    while (at + 2 <= b.length) {
      if ((b[at] & 0xFF) != 0xFF) {
        out.add("JPEG structure broken at byte " + at + "; the rest was not checked");
        return out;
      }
      int marker = b[at + 1] & 0xFF;
      if (marker == 0xFF) {
        at++; // fill byte
        continue;
      }
      if (marker == 0xD9) {
        if (at + 2 < b.length) {
          out.add("JPEG has " + (b.length - at - 2) + " bytes after the end of the image");
        }
        return out;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        at += 2;
        continue;
      }
      int length = at + 4 <= b.length ? Bytes.u16(b, at + 2, false) : 0;
      int body = at + 4;
      if (length < 2 || body + length - 2 > b.length) {
        out.add("JPEG segment at byte " + at + " runs past the end of the file");
        return out;
      }
      if (marker >= 0xE0 && marker <= 0xEF) {
        app(b, marker - 0xE0, at, body, length - 2, out);
      } else if (marker == 0xFE) {
        out.add("JPEG comment (COM) segment at byte " + at);
      }
      at = body + length - 2;
      if (marker == 0xDA) {
        at = skipEntropyData(b, at);
      }
    }
    out.add("JPEG has no end-of-image marker");
    return out;
  }

  private static void app(byte[] b, int n, int at, int body, int len, List<String> out) {
    String id = ascii(b, body, Math.min(len, 12));
    if (n == 0 && id.startsWith("JFIF\0") && len >= 14) {
      int tw = b[body + 12] & 0xFF;
      int th = b[body + 13] & 0xFF;
      if (tw * th > 0 || len > 14) {
        out.add("JPEG JFIF header with a thumbnail at byte " + at);
      }
      return;
    }
    if (n == 14 && id.startsWith("Adobe")) {
      return;
    }
    out.add("JPEG APP" + n + " segment (" + kind(id) + ") at byte " + at);
  }

  private static String kind(String id) {
    if (id.startsWith("Exif")) {
      return "Exif";
    }
    if (id.startsWith("http://ns.adobe.com") || id.startsWith("XMP")) {
      return "XMP";
    }
    if (id.startsWith("Photoshop")) {
      return "IPTC/Photoshop";
    }
    if (id.startsWith("ICC_PROFILE")) {
      return "ICC profile";
    }
    if (id.startsWith("JFXX")) {
      return "JFIF extension thumbnail";
    }
    return "unknown";
  }

  /** The offset of the next marker after entropy-coded data starting at {@code at}. */
  private static int skipEntropyData(byte[] b, int at) {
    int i = at;
    while (i + 1 < b.length) {
      if ((b[i] & 0xFF) == 0xFF) {
        int next = b[i + 1] & 0xFF;
        if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
          return i;
        }
      }
      i++;
    }
    return b.length;
  }

  private static List<String> png(byte[] b) {
    List<String> out = new ArrayList<>();
    int at = 8;
    while (at + 12 <= b.length) {
      long length = Bytes.u32(b, at, false);
      String type = ascii(b, at + 4, 4);
      if (length > b.length - at - 12L) {
        out.add("PNG chunk at byte " + at + " runs past the end of the file");
        return out;
      }
      if (!PNG_ALLOWED.contains(type)) {
        out.add("PNG " + printable(type) + " chunk at byte " + at);
      }
      at += 12 + (int) length;
      if (type.equals("IEND")) {
        if (at < b.length) {
          out.add("PNG has " + (b.length - at) + " bytes after IEND");
        }
        return out;
      }
    }
    out.add("PNG has no IEND chunk");
    return out;
  }

  private static List<String> tiff(byte[] b) {
    List<String> out = new ArrayList<>();
    boolean little = b[0] == 'I';
    long ifd = Bytes.u32(b, 4, little);
    Set<Long> seen = new HashSet<>();
    int page = 0;
    while (ifd != 0) {
      page++;
      if (!seen.add(ifd) || seen.size() > 10_000) {
        out.add("TIFF IFD chain loops or is too long at IFD " + page);
        return out;
      }
      if (ifd < 8 || ifd + 2 > b.length) {
        out.add("TIFF IFD " + page + " points outside the file");
        return out;
      }
      int at = (int) ifd;
      int count = Bytes.u16(b, at, little);
      if (at + 2 + count * 12L + 4 > b.length) {
        out.add("TIFF IFD " + page + " runs past the end of the file");
        return out;
      }
      for (int i = 0; i < count; i++) {
        int tag = Bytes.u16(b, at + 2 + i * 12, little);
        if (!TIFF_ALLOWED.contains(tag)) {
          out.add("TIFF tag " + tag + " (" + TIFF_NAMES.getOrDefault(tag, "not a pixel-layout tag") + ") on page "
              + page);
        }
      }
      ifd = Bytes.u32(b, at + 2 + count * 12, little);
    }
    return out;
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= 0x20 && c < 0x7F ? c : '?');
    }
    return sb.toString();
  }

  private static String ascii(byte[] b, int at, int len) {
    int n = Math.max(0, Math.min(len, b.length - at));
    return new String(b, at, n, StandardCharsets.ISO_8859_1);
  }
}
