package org.piishield.formats.verify;

import java.util.ArrayList;
import java.util.List;
import org.piishield.extract.ExtractionException;

/**
 * Recovers the withheld values of a log from the original input's text (as its
 * {@link org.piishield.formats.redact.DocumentRedactor} gives it again, the way {@code shield redact} read it):
 * {@code text[start, end)} is taken for every withheld row, and counted where the original also holds it outside
 * every withheld span ({@link WithheldValue#keptElsewhere()}, counted as {@link ValueMatcher#count} does).
 *
 * <p>For an original extracting to {@code "Mail ana@example.org\n\f"} and the row {@code 5,20,EMAIL,replace} the
 * value is {@code ana@example.org}; a {@code keep} row gives nothing; a {@code PAGE} row gives
 * {@link WithheldValue#page}.
 */
public final class WithheldValues {

  private WithheldValues() {}

  /**
   * The values of the withheld {@code spans} in {@code text}, the original's text. Fails, naming the row but not
   * the text, when a span is outside it (the log does not belong to this file, or the file changed).
   */
  public static List<WithheldValue> recover(String text, List<LoggedSpan> spans) throws ExtractionException {
    StringBuilder rest = new StringBuilder(text);
    for (LoggedSpan s : spans) {
      if (!s.isWithheld()) {
        continue;
      }
      if (s.isPage()) {
        if (s.start() < 1 || s.end() != s.start()) {
          throw new ExtractionException("log row " + s.row() + " withholds page " + s.start()
              + ", which is not a page number");
        }
        continue;
      }
      if (s.start() < 0 || s.start() >= s.end() || s.end() > text.length()) {
        throw new ExtractionException("log row " + s.row() + " [" + s.start() + ", " + s.end()
            + ") is outside the extracted text (length " + text.length() + "); was the input changed?");
      }
      for (int i = s.start(); i < s.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    List<SearchText> forms = new ArrayList<>(spans.size());
    for (LoggedSpan s : spans) {
      if (s.isWithheld() && !s.isPage()) {
        forms.add(SearchText.of(text.substring(s.start(), s.end())));
      }
    }
    int[] kept = ValueMatcher.of(forms).count(SearchText.of(rest));
    List<WithheldValue> out = new ArrayList<>(spans.size());
    int next = 0;
    for (LoggedSpan s : spans) {
      if (!s.isWithheld()) {
        continue;
      }
      if (s.isPage()) {
        out.add(WithheldValue.page(s.row(), s.start() - 1, s.label()));
      } else {
        out.add(new WithheldValue(s.row(), s.type(), text.substring(s.start(), s.end()), s.label(), kept[next++]));
      }
    }
    return out;
  }
}
