package org.piishield.formats.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks run on one redacted PDF, in a fixed order: the text checks ({@code pdfbox-text}, {@code pdftotext},
 * {@code objects}) then the structure checks ({@link StructureCheck}). {@code notes} say what could not be run and
 * why (e.g. pdftotext missing). Holds no values.
 */
public record VerificationReport(List<CheckResult> checks, List<String> notes) {

  public VerificationReport {
    checks = List.copyOf(checks);
    notes = List.copyOf(notes);
  }

  /** Every residue of every check, in check order. */
  public List<String> residues() {
    List<String> out = new ArrayList<>();
    for (CheckResult c : checks) {
      out.addAll(c.residues());
    }
    return out;
  }

  public boolean passed() {
    return residues().isEmpty();
  }
}
