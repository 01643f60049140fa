package org.piishield.formats.verify;

import java.util.ArrayList;
import java.util.List;
import org.piishield.extract.ExtractionException;

/**
 * Recovers the withheld values of a log from the original input's text (as its
 * {@link org.piishield.formats.redact.DocumentRedactor} gives it again, the way {@code shield redact} read it):
 * {@code text[start, end)} is taken for every withheld row. A short number is also counted where the original
 * holds it outside every withheld span ({@link WithheldValue#keptElsewhere()}).
 *
 * <p>For an original extracting to {@code "Mail ana@example.org\n\f"} and the row {@code 5,20,EMAIL,replace} the
 * value is {@code ana@example.org}; a {@code keep} row gives nothing.
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
      if (s.start() < 0 || s.start() >= s.end() || s.end() > text.length()) {
        throw new ExtractionException("log row " + s.row() + " [" + s.start() + ", " + s.end()
            + ") is outside the extracted text (length " + text.length() + "); was the input changed?");
      }
      for (int i = s.start(); i < s.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    SearchText notWithheld = null;
    List<WithheldValue> out = new ArrayList<>(spans.size());
    for (LoggedSpan s : spans) {
      if (!s.isWithheld()) {
        continue;
      }
      String value = text.substring(s.start(), s.end());
      SearchText search = SearchText.of(value);
      int kept = 0;
      if (search.isShortNumber()) {
        notWithheld = notWithheld != null ? notWithheld : SearchText.of(rest);
        kept = notWithheld.occurrences(search);
      }
      out.add(new WithheldValue(s.row(), s.type(), value, s.label(), kept));
    }
    return out;
  }
}
