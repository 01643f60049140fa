package org.piishield.registry.match;

import java.util.ArrayList;
import java.util.List;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.PhoneNormalizer;

/**
 * The phone pass: chains of digit groups to E.164 through {@link PhoneNormalizer}, the normaliser enrolment
 * uses, so {@code "(562) 555-0123"}, {@code "562.555.0123"}, {@code "+1 562 555 0123"} and
 * {@code "5625550123"} all give {@code "+15625550123"}; a number that differs in a digit gives another
 * string (and so another hash).
 *
 * <p>Steps:
 * <ol>
 *   <li>Groups: tokens of ASCII digits and the OCR look-alikes {@code O o → 0}, {@code l I → 1},
 *       {@code S → 5}, holding at least one real digit ({@code "555-O123"}, {@code "56Z"} is not one). Groups
 *       1–3 chars apart, the gap made of spaces and {@code - . / ( )} with at most one of {@code - . /}, form
 *       a chain (a line break never joins); a {@code +} right before the first group is kept.</li>
 *   <li>From the first group and every group after a gap with a space or slash, the longest run of at most
 *       {@value #MAX_NUMBER_GROUPS} groups and 7–15 digits with a valid reading is emitted.</li>
 *   <li>Readings: with {@code +}, the number as written. Without: 10 digits in regions US and MX, 11
 *       starting {@code 1} in US, 9 in ES, {@code 34…} (11) in ES, {@code 52…} (12 or 13) in MX,
 *       {@code 00…} in ES (international prefix). Every distinct valid reading is emitted, since a number
 *       enrolled with {@code +34} may be written without it in a Spanish post.</li>
 * </ol>
 * National readings are checked directly ({@link NationalReadings}, equal to {@code PhoneNormalizer}'s
 * result); only {@code +} and {@code 00} numbers go through {@code PhoneNormalizer}'s parse. Not thread-safe: one per scratch.
 */
final class PhoneCandidates {

  static final int MAX_NUMBER_GROUPS = 7;
  private static final int MAX_GROUPS = 16;
  private static final int MAX_DIGITS = 15;

  private final int[] first = new int[MAX_GROUPS];
  private final int[] gapAfter = new int[MAX_GROUPS];
  private final StringBuilder digits = new StringBuilder(24);
  private final List<String> emitted = new ArrayList<>();

  private static final int G_SPACE = 1;
  private static final int G_MARK = 2;
  private static final int G_SLASH = 4;
  private static final int G_CLOSE = 8;

  void run(TextTokens tk, CandidateSink sink) {
    int t = 0;
    while (t < tk.count) {
      if (!tk.has(t, TextTokens.HAS_DIGIT) || !isGroup(tk, t)) {
        t++;
        continue;
      }
      int g = 0;
      int u = t;
      while (true) {
        first[g] = u;
        int gap = g + 1 < MAX_GROUPS && u + 1 < tk.count && isGroup(tk, u + 1) ? joinGap(tk, u) : -1;
        gapAfter[g] = gap;
        g++;
        if (gap < 0) {
          break;
        }
        u++;
      }
      chain(tk, g, sink);
      t = u + 1;
    }
  }

  private void chain(TextTokens tk, int g, CandidateSink sink) {
    CharSequence text = tk.text;
    emitted.clear();
    for (int i = 0; i < g; i++) {
      if (i > 0 && !((gapAfter[i - 1] & (G_SPACE | G_SLASH)) != 0 && (gapAfter[i - 1] & G_CLOSE) == 0)) {
        continue;
      }
      int s = tk.start[first[i]];
      boolean plus = i == 0 && s > 0 && text.charAt(s - 1) == '+';
      for (int j = Math.min(g - 1, i + MAX_NUMBER_GROUPS - 1); j >= i; j--) {
        if (hasInnerSingleDigit(tk, i, j) || hasLongInnerGroup(tk, i, j)) {
          continue;
        }
        int n = fill(tk, i, j);
        if (n < 7 || n > MAX_DIGITS) {
          continue;
        }
        if (readings(plus, tk, i, j, sink)) {
          break;
        }
      }
    }
  }

  /**
   * Whether a group after the first of {@code [i, j]} has one char: numbers are not written so
   * ({@code "1-562-555-0123"} and {@code "+52 1 55 1234 5678"} have theirs first, or after the country code),
   * but tables of small numbers are, and they would cost a validity check for every run of 7–15 digits.
   */
  private boolean hasInnerSingleDigit(TextTokens tk, int i, int j) {
    for (int x = i + 2; x <= j; x++) {
      if (tk.end[first[x]] - tk.start[first[x]] == 1) {
        return true;
      }
    }
    return i < j && tk.end[first[i + 1]] - tk.start[first[i + 1]] == 1 && !(i == 0 && isPlus(tk, i));
  }

  /**
   * Whether a group other than the last of {@code [i, j]} has more than four digits: written numbers keep
   * long runs for the end ({@code "+34 612345678"}, {@code "(562) 5550123"}), while ID numbers such as
   * {@code "27 67805270 54"} do not.
   */
  private boolean hasLongInnerGroup(TextTokens tk, int i, int j) {
    for (int x = i; x < j; x++) {
      if (tk.end[first[x]] - tk.start[first[x]] > 4) {
        return true;
      }
    }
    return false;
  }

  private boolean isPlus(TextTokens tk, int i) {
    int s = tk.start[first[i]];
    return s > 0 && tk.text.charAt(s - 1) == '+';
  }

  /** Emits every valid reading of the digits in {@link #digits}; whether there was one. */
  private boolean readings(boolean plus, TextTokens tk, int i, int j, CandidateSink sink) {
    CharSequence text = tk.text;
    int s = tk.start[first[i]];
    int e = tk.end[first[j]];
    if (plus) {
      s--;
      digits.insert(0, '+');
      return emit(PhoneNormalizer.normalize(digits, null).value(), s, e, sink);
    }
    if (s > 0 && text.charAt(s - 1) == '(' && i < j && (gapAfter[i] & G_CLOSE) != 0) {
      s--;
    }
    int n = digits.length();
    char d0 = digits.charAt(0);
    char d1 = digits.charAt(1);
    boolean any = false;
    // Direct checks (NationalReadings), not PhoneNormalizer: a parse costs several times a validity check.
    if (n == 10) {
      any |= emit(NationalReadings.us(digits), s, e, sink);
      any |= emit(NationalReadings.mx(digits), s, e, sink);
    } else if (n == 11 && d0 == '1') {
      any |= emit(NationalReadings.us(digits), s, e, sink);
    } else if (n == 9 || (n == 11 && d0 == '3' && d1 == '4')) {
      any |= emit(NationalReadings.es(digits), s, e, sink);
    } else if ((n == 12 || n == 13) && d0 == '5' && d1 == '2') {
      any |= emit(NationalReadings.mx(digits), s, e, sink);
    }
    if (n >= 10 && d0 == '0' && d1 == '0') {
      any |= emit(PhoneNormalizer.normalize(digits, "ES").value(), s, e, sink);
    }
    return any;
  }

  private boolean emit(String v, int s, int e, CandidateSink sink) {
    if (v == null) {
      return false;
    }
    if (!emitted.contains(v)) {
      emitted.add(v);
      sink.candidate(FieldType.PHONE, v, s, e);
    }
    return true;
  }

  /** Copies the digits of groups {@code [i, j]} into {@link #digits}, reading look-alike letters as digits. */
  private int fill(TextTokens tk, int i, int j) {
    digits.setLength(0);
    CharSequence text = tk.text;
    for (int x = i; x <= j; x++) {
      for (int p = tk.start[first[x]]; p < tk.end[first[x]]; p++) {
        if (digits.length() > MAX_DIGITS) {
          return digits.length();
        }
        digits.append(digitOf(text.charAt(p)));
      }
    }
    return digits.length();
  }

  private static char digitOf(char c) {
    return switch (c) {
      case 'O', 'o' -> '0';
      case 'l', 'I' -> '1';
      case 'S' -> '5';
      default -> c;
    };
  }

  /** A token of digits and look-alikes with at least one real digit. */
  private static boolean isGroup(TextTokens tk, int t) {
    if (!tk.has(t, TextTokens.HAS_DIGIT) || tk.has(t, TextTokens.NON_ASCII | TextTokens.JOINED)) {
      return false;
    }
    if (tk.has(t, TextTokens.ALL_DIGIT)) {
      return tk.end[t] - tk.start[t] <= MAX_DIGITS;
    }
    CharSequence text = tk.text;
    for (int p = tk.start[t]; p < tk.end[t]; p++) {
      char c = text.charAt(p);
      if ((c < '0' || c > '9') && digitOf(c) == c) {
        return false;
      }
    }
    return true;
  }

  /** The gap flags between token {@code t} and {@code t + 1} when it joins phone groups, else -1. */
  private static int joinGap(TextTokens tk, int t) {
    int a = tk.end[t];
    int b = tk.start[t + 1];
    if (b - a < 1 || b - a > 3) {
      return -1;
    }
    CharSequence text = tk.text;
    int flags = 0;
    int marks = 0;
    for (int x = a; x < b; x++) {
      char c = text.charAt(x);
      int f;
      switch (c) {
        case ' ', '\u00a0' -> f = G_SPACE;
        case '-', '.', '\u2010', '\u2011', '\u2013' -> f = G_MARK;
        case '/' -> f = G_SLASH;
        case '(' -> f = 0;
        case ')' -> f = G_CLOSE;
        default -> {
          return -1;
        }
      }
      if ((f & (G_MARK | G_SLASH)) != 0 && ++marks > 1) {
        return -1;
      }
      flags |= f;
    }
    return flags;
  }
}
