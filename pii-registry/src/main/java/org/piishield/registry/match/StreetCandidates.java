package org.piishield.registry.match;

import java.util.ArrayList;
import java.util.List;
import org.piishield.registry.normalize.AddressVariants;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.StreetWords;

/**
 * The address pass: house number + street lines, in exactly the forms {@link AddressVariants#of} gives an
 * enrolled address (with unit, without unit, without directional). Never a bare ZIP5, never a street
 * without a house number.
 *
 * <p>Steps, per house number (a token of 1–6 digits, optionally with one trailing letter: {@code 742},
 * {@code 12b}) followed on the same line by a word:
 * <ol>
 *   <li>look at up to {@value #MAX_WORDS} following tokens, stopping at a line break, one of
 *       {@code ; : ! ? |}, or a comma that does not introduce a unit ({@code "123 Main St, Apt 4"} goes on);
 *       periods do not stop ({@code "123 N. Main St. #4"});</li>
 *   <li>each street suffix after at least one name word ({@code St.}, {@code Terrace}, {@code Terr.}), with a
 *       directional right after it ({@code "Ave NW"}) as a second end, and a unit ({@code #4},
 *       {@code Apt. 4}, {@code Unit 4}, {@code Suite 200}, after at least one name word) end a street line;
 *       with neither, one to {@value #MAX_BARE_WORDS} capitalised words closed by a comma, period or line
 *       break do ({@code "100 Broadway,"}, {@code "8 Calle 5."});</li>
 *   <li>each street line from the house number to such an end goes through
 *       {@link AddressVariants#streetForms}; the forms are emitted once per house number, with the offsets
 *       of the line they came from.</li>
 * </ol>
 * Example: {@code "Vive en 742 N Evergreen Terrace #2."} gives {@code "742 n evergreen ter"} and
 * {@code "742 evergreen ter"} at {@code [8, 31)} and {@code "742 n evergreen ter apt 2"} at {@code [8, 34)}.
 * Not thread-safe: one per scratch.
 */
final class StreetCandidates {

  /** Street words looked at after a house number. */
  static final int MAX_WORDS = 7;
  /** Most words of a street line without suffix or unit. */
  static final int MAX_BARE_WORDS = 3;
  private static final int MAX_HOUSE = 6;

  private final List<String> emitted = new ArrayList<>();
  private final int[] ends = new int[MAX_WORDS + 2];

  void run(TextTokens tk, CandidateSink sink) {
    int[] flags = tk.flags;
    for (int t = 0; t + 1 < tk.count; t++) {
      if ((flags[t] & TextTokens.HAS_DIGIT) != 0 && isHouseNumber(tk, t) && continues(tk, t + 1) && tk.has(t + 1, TextTokens.HAS_LETTER)) {
        anchor(tk, t, sink);
      }
    }
  }

  private void anchor(TextTokens tk, int h, CandidateSink sink) {
    CharSequence text = tk.text;
    int nEnds = 0;
    int last = Math.min(tk.count - 1, h + MAX_WORDS);
    for (int j = h + 1; j <= last; j++) {
      int pos = j - h;
      if (j > h + 1 && !continues(tk, j) && !tk.has(j, TextTokens.COMMA_BEFORE)) {
        break;
      }
      int kind = kind(tk, j);
      int unitEnd = pos >= 2 ? unitAt(tk, j, kind) : -1;
      if (unitEnd >= 0) {
        ends[nEnds++] = unitEnd;
        break;
      }
      if (tk.has(j, TextTokens.COMMA_BEFORE)) {
        break;
      }
      if (pos >= 2 && (kind & StreetWords.SUFFIX) != 0) {
        ends[nEnds++] = j;
        if (j + 1 < tk.count && continues(tk, j + 1) && (kind(tk, j + 1) & StreetWords.DIRECTIONAL) != 0) {
          ends[nEnds++] = j + 1;
        }
      }
    }
    if (nEnds == 0) {
      int e = closedLine(tk, h);
      if (e < 0) {
        return;
      }
      ends[nEnds++] = e;
    }
    emitted.clear();
    int start = tk.start[h];
    for (int e = 0; e < nEnds; e++) {
      int end = tk.end[ends[e]];
      for (String form : AddressVariants.streetForms(text.subSequence(start, end))) {
        if (!emitted.contains(form)) {
          emitted.add(form);
          sink.candidate(FieldType.ADDRESS, form, start, end);
        }
      }
    }
  }

  /**
   * A street without suffix or unit ({@code "100 Broadway, New York"}, {@code "Vive en 8 Calle 5."}): the
   * last token of one to {@value #MAX_BARE_WORDS} words after the house number that the text closes with a
   * comma, period, line break, stop or its end, when the first word is capitalised (in prose, {@code "5
   * people."} is not a street); -1 otherwise.
   */
  private static int closedLine(TextTokens tk, int h) {
    if (!Character.isUpperCase(tk.text.charAt(tk.start[h + 1]))) {
      return -1;
    }
    int close = TextTokens.LINE_BEFORE | TextTokens.STOP_BEFORE | TextTokens.COMMA_BEFORE
        | TextTokens.PERIOD_BEFORE;
    for (int e = h + 1; e <= h + MAX_BARE_WORDS && e < tk.count; e++) {
      if (e > h + 1 && !continues(tk, e)) {
        return -1;
      }
      if (e + 1 == tk.count || (tk.flags[e + 1] & close) != 0) {
        return e;
      }
    }
    return -1;
  }

  /**
   * The token index of a unit's value when a unit starts at token {@code j} ({@code "#4"}, {@code "# 4"},
   * {@code "Apt. 4"}, {@code "Apt #4"}, {@code ", Unit 4"}), or -1. The value holds a digit or is one char,
   * as {@link AddressVariants} requires.
   */
  private static int unitAt(TextTokens tk, int j, int kind) {
    if (tk.has(j, TextTokens.HASH_BEFORE)) {
      return isUnitValue(tk, j) ? j : -1;
    }
    if (j + 1 < tk.count && (kind & StreetWords.UNIT) != 0 && continues(tk, j + 1) && isUnitValue(tk, j + 1)) {
      return j + 1;
    }
    return -1;
  }

  /** The {@link StreetWords} kind bits of token {@code j}; words of 13+ chars skip the lookup (the longest USPS word has 10). */
  private static int kind(TextTokens tk, int j) {
    int len = tk.end[j] - tk.start[j];
    return len > 12 || (tk.flags[j] & TextTokens.HAS_LETTER) == 0 ? 0 : StreetWords.kind(tk.text, tk.start[j], len);
  }

  private static boolean isUnitValue(TextTokens tk, int v) {
    return tk.has(v, TextTokens.HAS_DIGIT) || tk.end[v] - tk.start[v] == 1;
  }

  /** Whether token {@code j} continues the line of token {@code j - 1}: no line break, stop or comma between. */
  private static boolean continues(TextTokens tk, int j) {
    return (tk.flags[j] & (TextTokens.LINE_BEFORE | TextTokens.STOP_BEFORE | TextTokens.COMMA_BEFORE)) == 0;
  }

  private static boolean isHouseNumber(TextTokens tk, int t) {
    int len = tk.end[t] - tk.start[t];
    if (tk.has(t, TextTokens.ALL_DIGIT)) {
      return len <= MAX_HOUSE;
    }
    if (len < 2 || len > MAX_HOUSE + 1 || tk.has(t, TextTokens.NON_ASCII | TextTokens.JOINED)) {
      return false;
    }
    CharSequence text = tk.text;
    for (int i = tk.start[t]; i < tk.end[t] - 1; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true; // "12b": digits and one trailing letter
  }
}
