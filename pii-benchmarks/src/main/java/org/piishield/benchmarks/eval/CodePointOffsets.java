package org.piishield.benchmarks.eval;

/**
 * Converts code-point offsets (what Python's {@code str} indices and both corpora use) into the UTF-16
 * offsets Java strings and PII Shield use. They differ after every supplementary character, which takes
 * two UTF-16 units: in {@code "😀 Ana"} the name is code points {@code [2, 5)} but UTF-16 {@code [3, 6)}.
 *
 * <p>Built once per document; a text without surrogates maps offsets unchanged.
 */
final class CodePointOffsets {

  private final String text;
  private final int codePointCount;
  /** UTF-16 offset of each code-point offset 0..codePointCount; null when the text has no surrogates. */
  private final int[] utf16;

  CodePointOffsets(String text) {
    this.text = text;
    this.codePointCount = text.codePointCount(0, text.length());
    if (codePointCount == text.length()) {
      this.utf16 = null;
    } else {
      int[] map = new int[codePointCount + 1];
      int i = 0;
      for (int cp = 0; cp < codePointCount; cp++) {
        map[cp] = i;
        i += Character.charCount(text.codePointAt(i));
      }
      map[codePointCount] = text.length();
      this.utf16 = map;
    }
  }

  /** The UTF-16 offset of code-point offset {@code cp}; {@code cp} may equal the code-point length. */
  int toUtf16(int cp) {
    if (cp < 0 || cp > codePointCount) {
      throw new IllegalArgumentException(
          "code-point offset " + cp + " outside the text (" + codePointCount + " code points)");
    }
    return utf16 == null ? cp : utf16[cp];
  }

  String text() {
    return text;
  }
}
