package org.piishield.detect;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-call scanning state: the text, its language, and a token index built in one pass so recognizers can
 * jump to cheap cues (digit runs, capitalised words, {@code @} signs) instead of running their patterns
 * over the whole text.
 *
 * <p>A token is a maximal run of letters and digits (combining marks stay inside the run); everything
 * else separates tokens. Token {@code i} spans {@code [tokenStart(i), tokenEnd(i))} in the original text.
 *
 * <p>Not thread-safe. The engine keeps one per thread and {@link #reset}s it for every document; matchers
 * handed out by {@link #matcher(Pattern)} are reset to the current text and reused.
 */
public final class ScanContext {

  /** The token contains at least one digit. */
  public static final int DIGIT = 1;
  /** The token contains at least one letter. */
  public static final int LETTER = 2;
  /** The first char is an upper-case letter. */
  public static final int UPPER_FIRST = 4;
  /** Every letter is upper case (and there is at least one). */
  public static final int ALL_UPPER = 8;
  /** The first char is a lower-case letter. */
  public static final int LOWER_FIRST = 16;
  /** Only digits. */
  public static final int ALL_DIGIT = 32;
  /**
   * Inside a redaction label such as {@code [US_SSN]} or {@code [PERSON]} (brackets around 1–40 chars of
   * {@code A-Z 0-9 _}). Context phrases never match label tokens, so a second redaction pass reads the
   * same context as the first.
   */
  public static final int LABEL = 64;
  /** Every char of the token is ASCII ({@code "A4521"}, not {@code "Peña"} or Arabic-Indic digits). */
  public static final int ASCII = 128;
  private static final int MAX_LABEL = 40;

  private static final byte C_OTHER = 0;
  private static final byte C_DIGIT = 1;
  private static final byte C_UPPER = 2;
  private static final byte C_LOWER = 3;
  /** A non-spacing mark: continues a token, never starts one. */
  private static final byte C_MARK = 4;
  /** One class per UTF-16 unit, so the tokeniser does a single table load per char (64 KB, built once). */
  private static final byte[] CLASS = new byte[65536];
  /** Per char: B_DIGIT, B_UPPER, B_LOWER or B_MARK for a char that continues a token, 0 for one that ends it. */
  private static final byte[] BIT = new byte[65536];
  private static final int B_DIGIT = DIGIT;
  private static final int B_UPPER = 2;
  private static final int B_LOWER = 4;
  private static final int B_MARK = 8;
  private static final int B_NON_ASCII = 16;

  static {
    for (int c = 0; c < CLASS.length; c++) {
      char ch = (char) c;
      if (Character.isDigit(ch)) {
        CLASS[c] = C_DIGIT;
      } else if (Character.isLetter(ch)) {
        CLASS[c] = Character.isUpperCase(ch) || Character.isTitleCase(ch) ? C_UPPER : C_LOWER;
      } else if (Character.getType(ch) == Character.NON_SPACING_MARK) {
        CLASS[c] = C_MARK;
      }
      BIT[c] = (byte) switch (CLASS[c]) {
        case C_DIGIT -> B_DIGIT;
        case C_UPPER -> B_UPPER;
        case C_LOWER -> B_LOWER;
        case C_MARK -> B_MARK;
        default -> 0;
      };
      if (c >= 128 && BIT[c] != 0) {
        BIT[c] |= B_NON_ASCII;
      }
    }
  }

  private CharSequence text = "";
  private Language language = Language.EN;
  private int[] tokStart = new int[256];
  private int[] tokEnd = new int[256];
  private int[] tokFlags = new int[256];
  private int tokenCount;
  private int[] digitTokens = new int[64];
  private int digitCount;
  private int[] upperTokens = new int[64];
  private int upperCount;
  private int[] atSigns = new int[8];
  private int atCount;
  private int generation;
  private int labelUntil;
  private char[] chars = new char[1024];
  private final Map<Pattern, CachedMatcher> matchers = new IdentityHashMap<>();

  private static final class CachedMatcher {
    final Matcher matcher;
    int generation;

    CachedMatcher(Matcher matcher) {
      this.matcher = matcher;
    }
  }

  /** Prepares this context for a new text; tokenises it once. */
  public ScanContext reset(CharSequence newText, Language newLanguage) {
    this.text = newText;
    this.language = newLanguage;
    this.generation++;
    tokenize();
    return this;
  }

  /**
   * Counts {@link #reset} calls: a recognizer may key a per-thread, per-document cache on this context and
   * its generation (the text may be the same mutable {@code StringBuilder} from one document to the next).
   */
  public int generation() {
    return generation;
  }

  /** Sets the language of the current text without tokenising it again. */
  public ScanContext language(Language newLanguage) {
    this.language = newLanguage;
    return this;
  }

  public CharSequence text() {
    return text;
  }

  public Language language() {
    return language;
  }

  public int tokenCount() {
    return tokenCount;
  }

  public int tokenStart(int i) {
    return tokStart[i];
  }

  public int tokenEnd(int i) {
    return tokEnd[i];
  }

  public int tokenLength(int i) {
    return tokEnd[i] - tokStart[i];
  }

  public int tokenFlags(int i) {
    return tokFlags[i];
  }

  public boolean tokenHas(int i, int flag) {
    return (tokFlags[i] & flag) != 0;
  }

  /** Number of tokens that contain a digit; see {@link #digitToken(int)}. */
  public int digitTokenCount() {
    return digitCount;
  }

  /** The token index of the {@code k}-th token that contains a digit, in text order. */
  public int digitToken(int k) {
    return digitTokens[k];
  }

  /** Number of tokens whose first char is an upper-case letter. */
  public int upperTokenCount() {
    return upperCount;
  }

  /** The token index of the {@code k}-th token starting with an upper-case letter, in text order. */
  public int upperToken(int k) {
    return upperTokens[k];
  }

  public int atSignCount() {
    return atCount;
  }

  /** Char offset of the {@code k}-th {@code '@'} in the text. */
  public int atSign(int k) {
    return atSigns[k];
  }

  /** Index of the first token that ends after {@code offset}, or {@link #tokenCount()} if none. */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokenCount;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokEnd[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the last token that starts before {@code offset}, or -1 if none. */
  public int tokenBefore(int offset) {
    int lo = 0;
    int hi = tokenCount;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokStart[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /** Whether token {@code i} equals {@code folded} after case and accent folding. */
  public boolean tokenEquals(int i, String folded) {
    int len = tokEnd[i] - tokStart[i];
    if (len != folded.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (org.piishield.text.Fold.fold(text.charAt(tokStart[i] + k)) != folded.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A matcher for {@code pattern} over the current text, reused across calls within this context.
   * Callers set a region before matching; the matcher is reset for every new text.
   */
  public Matcher matcher(Pattern pattern) {
    CachedMatcher m = matchers.get(pattern);
    if (m == null) {
      m = new CachedMatcher(pattern.matcher(text));
      m.generation = generation;
      matchers.put(pattern, m);
      return m.matcher;
    }
    if (m.generation != generation) {
      m.matcher.reset(text);
      m.generation = generation;
    }
    return m.matcher;
  }

  private void tokenize() {
    CharSequence t = text;
    int n = t.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    char[] a = chars;
    if (t instanceof String s) {
      s.getChars(0, n, a, 0);
    } else {
      for (int k = 0; k < n; k++) {
        a[k] = t.charAt(k);
      }
    }
    byte[] table = CLASS;
    tokenCount = 0;
    digitCount = 0;
    upperCount = 0;
    atCount = 0;
    labelUntil = -1;
    int i = 0;
    while (i < n) {
      char c = a[i];
      byte cls = table[c];
      if (cls == C_OTHER || cls == C_MARK) {
        if (c == '@') {
          if (atCount == atSigns.length) {
            atSigns = Arrays.copyOf(atSigns, atCount * 2);
          }
          atSigns[atCount++] = i;
        } else if (c == '[') {
          markLabel(t, i, n);
        }
        i++;
        continue;
      }
      int start = i;
      // one bit per char class seen: no data-dependent branch per char inside the token
      int seen = c >= 128 ? B_NON_ASCII : 0;
      i++;
      while (i < n) {
        int bit = BIT[a[i]];
        if (bit == 0) {
          break;
        }
        seen |= bit;
        i++;
      }
      int flags;
      if (cls == C_DIGIT) {
        flags = (seen & (B_UPPER | B_LOWER)) == 0 ? DIGIT | ALL_DIGIT : DIGIT | LETTER;
      } else {
        flags = LETTER | (seen & B_DIGIT) | (cls == C_UPPER ? UPPER_FIRST : LOWER_FIRST);
        if (cls == C_UPPER && (seen & B_LOWER) == 0) {
          flags |= ALL_UPPER;
        }
      }
      if ((seen & B_NON_ASCII) == 0) {
        flags |= ASCII;
      }
      addToken(start, i, flags);
    }
  }

  private void markLabel(CharSequence t, int open, int n) {
    int j = open + 1;
    while (j < n && j - open <= MAX_LABEL) {
      char c = t.charAt(j);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
        j++;
      } else {
        break;
      }
    }
    if (j > open + 1 && j < n && t.charAt(j) == ']') {
      labelUntil = j;
    }
  }

  private void addToken(int start, int end, int flags) {
    if (start < labelUntil) {
      flags |= LABEL;
    }
    if (tokenCount == tokStart.length) {
      int cap = tokenCount + (tokenCount >> 1);
      tokStart = Arrays.copyOf(tokStart, cap);
      tokEnd = Arrays.copyOf(tokEnd, cap);
      tokFlags = Arrays.copyOf(tokFlags, cap);
    }
    int idx = tokenCount++;
    tokStart[idx] = start;
    tokEnd[idx] = end;
    tokFlags[idx] = flags;
    if ((flags & DIGIT) != 0) {
      if (digitCount == digitTokens.length) {
        digitTokens = Arrays.copyOf(digitTokens, digitCount * 2);
      }
      digitTokens[digitCount++] = idx;
    }
    if ((flags & UPPER_FIRST) != 0) {
      if (upperCount == upperTokens.length) {
        upperTokens = Arrays.copyOf(upperTokens, upperCount * 2);
      }
      upperTokens[upperCount++] = idx;
    }
  }
}
