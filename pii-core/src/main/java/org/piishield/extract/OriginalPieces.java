package org.piishield.extract;

import java.util.Arrays;
import org.piishield.text.OffsetMap;

/**
 * Where a span of extracted text lies in the original, split so that replacing each piece never touches the
 * markup between them. For HTML {@code "Ann <b>Lee</b>"} (extracted {@code "Ann Lee"}) the span {@code [0, 7)}
 * is the pieces {@code [0, 4)} and {@code [7, 10)}: replacing both keeps {@code <b>} and {@code </b>} balanced;
 * a line break the extractor put in for a tag is trimmed off a piece's ends, never replaced. For plain text
 * there is one piece, the span itself.
 *
 * <p>A piece boundary is wherever the next char's original offset is not the end of the previous char's
 * original (chars decoded from references are contiguous: {@link OffsetMap#width}).
 */
public final class OriginalPieces {

  private OriginalPieces() {}

  /** The pieces of derived {@code [start, end)} as original {@code [s0, e0, s1, e1, ...]}; empty if all blank. */
  public static int[] of(ExtractedText doc, int start, int end) {
    return pieces(doc, start, end, true);
  }

  /**
   * The same pieces as {@link #of}, as offsets into the extracted text: {@code doc.text()} between them is what
   * each piece of markup reads as ({@code "Ann"} and {@code "Lee"} for {@code "Ann <b>Lee</b>"}).
   */
  public static int[] inText(ExtractedText doc, int start, int end) {
    return pieces(doc, start, end, false);
  }

  private static int[] pieces(ExtractedText doc, int start, int end, boolean original) {
    OffsetMap map = doc.offsets();
    String text = doc.text();
    int[] out = new int[4];
    int n = 0;
    int pieceStart = start;
    for (int k = start + 1; k <= end; k++) {
      boolean cut = k == end || map.toOriginal(k) != map.toOriginal(k - 1) + map.width(k - 1);
      if (cut) {
        int s = pieceStart;
        int e = k;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (s < e) {
          if (n + 2 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          out[n++] = original ? map.toOriginal(s) : s;
          out[n++] = original ? map.toOriginalEnd(e) : e;
        }
        pieceStart = k;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
