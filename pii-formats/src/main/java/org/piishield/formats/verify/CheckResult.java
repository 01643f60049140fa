package org.piishield.formats.verify;

import java.util.List;

/**
 * One check run on one output: its stable name (e.g. {@code pdftotext}, {@code single-revision}), whether it ran
 * (false when its tool is missing) and the residues it found, each a message naming a row, type or structure and
 * never a value, e.g. {@code withheld value of row 3 (EMAIL) still extractable (pdftotext)}.
 */
public record CheckResult(String name, boolean ran, List<String> residues) {

  public CheckResult {
    residues = List.copyOf(residues);
  }

  static CheckResult of(String name, List<String> residues) {
    return new CheckResult(name, true, residues);
  }

  public boolean passed() {
    return ran && residues.isEmpty();
  }
}
