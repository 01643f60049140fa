package org.piishield.registry.match;

import java.util.Arrays;
import org.piishield.text.Fold;

/**
 * The tokens of one block of text, found in one pass and shared by every candidate pass. A token is a run of
 * letters and digits (combining accents inside it are skipped, so a decomposed {@code "Mari\u0301a"} is one
 * token); an apostrophe between two letters or digits is dropped and joins the word ({@code "O'Donnell"} is
 * one token folded to {@code "odonnell"}), except a possessive {@code 's} at the end of a word, which is left
 * out ({@code "Smith's"} is the token {@code "Smith"}); everything else separates, hyphens included
 * ({@code "Peña-Ruiz"} is two tokens). Each token keeps its original offsets, its folded chars (as
 * {@link Fold} folds them, apostrophes removed) and flags describing it and the gap before it.
 * Not thread-safe: one instance per scratch, reused across blocks.
 */
final class TextTokens {

  /** Every char of the token is an ASCII digit. */
  static final int ALL_DIGIT = 1;
  /** The token holds at least one ASCII digit. */
  static final int HAS_DIGIT = 1 << 1;
  /** The token holds at least one letter. */
  static final int HAS_LETTER = 1 << 2;
  /** An apostrophe was dropped inside the token. */
  static final int JOINED = 1 << 3;
  /** A line break lies in the gap before the token. */
  static final int LINE_BEFORE = 1 << 4;
  /** One of {@code ; : ! ? |} or a bullet lies in the gap before the token. */
  static final int STOP_BEFORE = 1 << 5;
  /** A period lies in the gap before the token. */
  static final int PERIOD_BEFORE = 1 << 6;
  /** A comma lies in the gap before the token. */
  static final int COMMA_BEFORE = 1 << 7;
  /** A {@code #} lies in the gap before the token. */
  static final int HASH_BEFORE = 1 << 8;
  /** The token holds a char outside ASCII, or a combining mark was skipped. */
  static final int NON_ASCII = 1 << 9;

  private static final byte OTHER = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte SPACE = 3;
  private static final byte LINE = 4;
  private static final byte STOP = 5;
  private static final byte PERIOD = 6;
  private static final byte COMMA = 7;
  private static final byte HASH = 8;
  private static final byte AT = 9;
  private static final byte APOSTROPHE = 10;
  private static final byte MARK = 11;
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII[c] = LETTER;
      ASCII[c - 'a' + 'A'] = LETTER;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII[c] = DIGIT;
    }
    ASCII[' '] = SPACE;
    ASCII['\t'] = SPACE;
    ASCII['\n'] = LINE;
    ASCII['\r'] = LINE;
    ASCII['\f'] = LINE;
    ASCII[0x0B] = LINE;
    for (char c : ";:!?|".toCharArray()) {
      ASCII[c] = STOP;
    }
    ASCII['.'] = PERIOD;
    ASCII[','] = COMMA;
    ASCII['#'] = HASH;
    ASCII['@'] = AT;
    ASCII['\''] = APOSTROPHE;
    ASCII['`'] = APOSTROPHE;
  }

  /** Classes of U+0080 to U+024F (Latin-1 Supplement, Latin Extended-A and -B), looked up, not computed. */
  private static final int LATIN_END = 0x250;
  private static final byte[] LATIN = new byte[LATIN_END - 128];

  static {
    for (int c = 128; c < LATIN_END; c++) {
      LATIN[c - 128] = classify((char) c);
    }
  }

  CharSequence text;
  int count;
  int[] start = new int[256];
  int[] end = new int[256];
  int[] flags = new int[256];
  int[] foldOff = new int[256];
  int[] foldLen = new int[256];
  char[] folded = new char[2048];
  /** The chars of the block being tokenised. */
  private char[] chars = new char[2048];
  /** Offsets of the {@code @} chars of the block, in order. */
  int[] ats = new int[16];
  int atCount;

  /** Tokenises {@code text[from, to)}; offsets stay those of {@code text}. */
  void tokenize(CharSequence text, int from, int to) {
    this.text = text;
    count = 0;
    atCount = 0;
    int n = to - from;
    reserve(n);
    char[] b = chars;
    if (text instanceof String str) {
      str.getChars(from, to, b, 0);
    } else {
      for (int i = 0; i < n; i++) {
        b[i] = text.charAt(from + i);
      }
    }
    char[] fo = folded;
    int fsize = 0;
    int gap = 0;
    int tokStart = -1;
    int tokFlags = 0;
    for (int i = 0; i < n; i++) {
      char c = b[i];
      byte k;
      if (c < 128) {
        k = ASCII[c];
        if (k == LETTER || k == DIGIT) {
          if (tokStart < 0) {
            tokStart = i;
            tokFlags = gap;
            gap = 0;
            foldOff[count] = fsize;
          }
          if (k == LETTER) {
            tokFlags |= HAS_LETTER;
            fo[fsize++] = (char) (c | 0x20); // ASCII letters: bit 5 set is lower case
          } else {
            tokFlags |= HAS_DIGIT;
            fo[fsize++] = c;
          }
          continue;
        }
      } else {
        k = c < LATIN_END ? LATIN[c - 128] : classify(c);
        if (k == LETTER) {
          if (tokStart < 0) {
            tokStart = i;
            tokFlags = gap;
            gap = 0;
            foldOff[count] = fsize;
          }
          tokFlags |= HAS_LETTER | NON_ASCII;
          fo[fsize++] = Fold.fold(c);
          continue;
        }
      }
      if (tokStart >= 0) {
        if (k == MARK) {
          tokFlags |= NON_ASCII;
          continue; // "Mari\u0301a": a combining accent inside a word is folded away
        }
        if (k == APOSTROPHE && i + 1 < n && isWordChar(b[i + 1])) {
          char next = b[i + 1];
          if ((next == 's' || next == 'S') && (i + 2 >= n || !isWordChar(b[i + 2]))) {
            add(from + tokStart, from + i, tokFlags, fsize); // "Smith's": the possessive is not part of the name
            tokStart = -1;
            i++;
            continue;
          }
          tokFlags |= JOINED;
          continue;
        }
        add(from + tokStart, from + i, tokFlags, fsize);
        tokStart = -1;
      }
      switch (k) {
        case LINE -> gap |= LINE_BEFORE;
        case STOP -> gap |= STOP_BEFORE;
        case PERIOD -> gap |= PERIOD_BEFORE;
        case COMMA -> gap |= COMMA_BEFORE;
        case HASH -> gap |= HASH_BEFORE;
        case AT -> addAt(from + i);
        default -> { }
      }
    }
    if (tokStart >= 0) {
      add(from + tokStart, to, tokFlags, fsize);
    }
  }

  private static byte classify(char c) {
    if (Character.isLetterOrDigit(c)) {
      return LETTER;
    }
    if (c >= 0x300 && c < 0x370) {
      return MARK;
    }
    switch (c) {
      case '\u2019', '\u2018', '\u00b4', '\u02bc' -> {
        return APOSTROPHE;
      }
      case '\u0085', '\u2028', '\u2029' -> {
        return LINE;
      }
      case '\u00a0', '\u2007', '\u202f', '\u2009' -> {
        return SPACE;
      }
      case '\u2022', '\u00b7', '\u2026' -> {
        return STOP;
      }
      case '\uff03' -> {
        return HASH;
      }
      default -> {
        return OTHER;
      }
    }
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII[c] == LETTER || ASCII[c] == DIGIT : Character.isLetterOrDigit(c);
  }

  private void add(int s, int e, int f, int fsize) {
    start[count] = s;
    end[count] = e;
    flags[count] = (f & HAS_LETTER) == 0 ? f | ALL_DIGIT : f;
    foldLen[count] = fsize - foldOff[count];
    count++;
  }

  /** Room for the tokens of {@code chars} chars: at most one token per two chars, one folded char per char. */
  private void reserve(int chars) {
    int tokens = chars / 2 + 1;
    if (start.length < tokens) {
      start = new int[tokens];
      end = new int[tokens];
      flags = new int[tokens];
      foldOff = new int[tokens];
      foldLen = new int[tokens];
    }
    if (folded.length < chars) {
      folded = new char[chars];
      this.chars = new char[chars];
    }
  }

  private void addAt(int i) {
    if (atCount == ats.length) {
      ats = Arrays.copyOf(ats, atCount * 2);
    }
    ats[atCount++] = i;
  }

  boolean has(int t, int flag) {
    return (flags[t] & flag) != 0;
  }
}
