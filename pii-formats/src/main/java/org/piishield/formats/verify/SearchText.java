package org.piishield.formats.verify;

import java.util.BitSet;
import org.piishield.text.Fold;

/**
 * Text prepared for finding a withheld value and its variants: case- and accent-folded ({@link Fold}) with all
 * whitespace removed ({@link #folded()}), folded with each run of whitespace as one space ({@link #spaced()}), and
 * its digits alone ({@link #digits()}) with where each group of digits starts and ends.
 *
 * <p>{@code "Call  José at (312) 555-0142"} becomes folded {@code "calljoseat(312)555-0142"}, spaced
 * {@code "call jose at (312) 555-0142"} and digits {@code "3125550142"} (groups 312, 555, 0142). A value is found
 * ({@link #contains}):
 * <ul>
 *   <li>when its folded form has at least {@link #MIN_UNSPACED} chars, anywhere in the folded text, so a value
 *       split or joined by an extractor's spacing is still found ({@code "ana@exam ple.org"});
 *   <li>when it is shorter, only as whole words of the spaced text: the badge {@code 6217} is found in
 *       {@code "badge 6217,"} but not in {@code "2024-01-16 21702"} (folded {@code "...1621702"});
 *   <li>and, when asked, by its digits alone if it has at least {@link #MIN_DIGITS}, starting and ending on
 *       digit-group boundaries: {@code 312-555-0142} is found in {@code "312.555.0142"} and in
 *       {@code "(312) 5550142"}, not in {@code "1312 555 01425"}.
 * </ul>
 */
public final class SearchText {

  /** Values with fewer digits than this are not searched for by their digits alone (too many chance hits). */
  public static final int MIN_DIGITS = 5;
  /** Values whose folded form is shorter than this are searched as whole words only. */
  public static final int MIN_UNSPACED = 8;

  private final String folded;
  private final String spaced;
  private final String digits;
  /** Digit positions that start a group (the digit before it in the text is not adjacent). */
  private final BitSet groupStarts;
  /** Digit positions that end a group. */
  private final BitSet groupEnds;

  private SearchText(String folded, String spaced, String digits, BitSet groupStarts, BitSet groupEnds) {
    this.folded = folded;
    this.spaced = spaced;
    this.digits = digits;
    this.groupStarts = groupStarts;
    this.groupEnds = groupEnds;
  }

  /** The search form of {@code text}. */
  public static SearchText of(CharSequence text) {
    StringBuilder folded = new StringBuilder(text.length());
    StringBuilder spaced = new StringBuilder(text.length());
    StringBuilder digits = new StringBuilder();
    BitSet starts = new BitSet();
    BitSet ends = new BitSet();
    boolean inDigits = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (digit) {
        if (!inDigits) {
          starts.set(digits.length());
        }
        digits.append(c);
      } else if (inDigits) {
        ends.set(digits.length() - 1);
      }
      inDigits = digit;
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (spaced.length() > 0 && spaced.charAt(spaced.length() - 1) != ' ') {
          spaced.append(' ');
        }
        continue;
      }
      char f = Fold.fold(c);
      folded.append(f);
      spaced.append(f);
    }
    if (inDigits) {
      ends.set(digits.length() - 1);
    }
    int end = spaced.length();
    while (end > 0 && spaced.charAt(end - 1) == ' ') {
      end--;
    }
    spaced.setLength(end);
    return new SearchText(folded.toString(), spaced.toString(), digits.toString(), starts, ends);
  }

  /** Folded, without whitespace. */
  public String folded() {
    return folded;
  }

  /** Folded, each run of whitespace one space, none at the ends. */
  public String spaced() {
    return spaced;
  }

  /** The digits alone. */
  public String digits() {
    return digits;
  }

  /** Whether this value is searched as whole words of the spaced text (it is short). */
  boolean wholeWords() {
    return folded.length() < MIN_UNSPACED;
  }

  /**
   * Whether this value is a short number (searched as whole words, with no letter): such values turn up by chance
   * in long documents ({@code 6485} in {@code part-6485}), so a verifier counts them against the occurrences the
   * original holds outside withheld spans instead of flagging any.
   */
  public boolean isShortNumber() {
    if (!wholeWords() || folded.isEmpty()) {
      return false;
    }
    for (int i = 0; i < folded.length(); i++) {
      if (Character.isLetter(folded.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether this value is searched by its digits (it has enough of them). */
  boolean byDigits() {
    return digits.length() >= MIN_DIGITS;
  }

  /** Whether {@code spaced[start, end)} has no letter or digit right before or after it. */
  boolean isWholeWords(int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(spaced.charAt(start - 1)))
        && (end == spaced.length() || !Character.isLetterOrDigit(spaced.charAt(end)));
  }

  /** Whether {@code digits[start, end)} starts and ends on digit-group boundaries. */
  boolean isWholeDigitGroups(int start, int end) {
    return groupStarts.get(start) && groupEnds.get(end - 1);
  }

  /**
   * Whether {@code value} occurs here as described in the class comment; by its digits only when
   * {@code byDigits}.
   */
  public boolean contains(SearchText value, boolean byDigits) {
    if (value.folded.isEmpty()) {
      return false;
    }
    if (!value.wholeWords() && folded.contains(value.folded)) {
      return true;
    }
    if (value.wholeWords()) {
      for (int i = spaced.indexOf(value.spaced); i >= 0; i = spaced.indexOf(value.spaced, i + 1)) {
        if (isWholeWords(i, i + value.spaced.length())) {
          return true;
        }
      }
    }
    if (byDigits && value.byDigits()) {
      for (int i = digits.indexOf(value.digits); i >= 0; i = digits.indexOf(value.digits, i + 1)) {
        if (isWholeDigitGroups(i, i + value.digits.length())) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "SearchText[" + folded.length() + " chars]";
  }
}
