package org.piishield.formats.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The residue messages of one searched surface: one per withheld value found, naming its log row, type and where,
 * e.g. {@code withheld value of row 3 (EMAIL) still extractable (html-attributes)}, never the value.
 */
final class Residues {

  private Residues() {}

  /**
   * Searches {@code haystack} with {@code values} ({@link ValueMatcher#ofWithheld} of {@code withheld}): as a
   * document's text ({@link ValueMatcher#markFoundInText}: by digits too, short numbers the original also holds
   * elsewhere counted) when {@code text}, else as a piece ({@link ValueMatcher#markFound}, no digits).
   */
  static List<String> of(SearchText haystack, ValueMatcher values, List<WithheldValue> withheld, boolean text,
      String where) {
    boolean[] found = values.newFound();
    if (text) {
      values.markFoundInText(haystack, found);
    } else {
      values.markFound(haystack, false, found);
    }
    return named(found, withheld, where);
  }

  /** One message per {@code found[i]}, naming {@code withheld.get(i)}'s row and type and {@code where}. */
  static List<String> named(boolean[] found, List<WithheldValue> withheld, String where) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < found.length; i++) {
      if (found[i]) {
        WithheldValue w = withheld.get(i);
        out.add("withheld value of row " + w.row() + " (" + w.type() + ") still extractable (" + where + ")");
      }
    }
    return out;
  }
}
