package org.piishield.formats.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The residue messages of one searched surface: one per withheld value found, naming its log row, type and where,
 * e.g. {@code withheld value of row 3 (EMAIL) still extractable (html-attributes)}, never the value.
 */
final class Residues {

  private Residues() {}

  static List<SearchText> values(List<WithheldValue> withheld) {
    List<SearchText> out = new ArrayList<>(withheld.size());
    for (WithheldValue w : withheld) {
      out.add(SearchText.of(w.value()));
    }
    return out;
  }

  static List<String> of(SearchText haystack, List<SearchText> values, List<WithheldValue> withheld,
      boolean byDigits, String where) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (haystack.contains(values.get(i), byDigits)) {
        WithheldValue w = withheld.get(i);
        out.add("withheld value of row " + w.row() + " (" + w.type() + ") still extractable (" + where + ")");
      }
    }
    return out;
  }
}
