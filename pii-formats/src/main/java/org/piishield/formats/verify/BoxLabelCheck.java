package org.piishield.formats.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Check {@code box-labels}: every redaction box must show a label, and that label must be one the log gives for
 * this file (an exemption code, or a type id for rows without one). Residues name the page and box, never the
 * label (a stray label could be anything): {@code page 1: redaction box 3 has no label},
 * {@code page 2: redaction box 1 has a label that is not in the log}.
 *
 * <p>Labels compare with runs of whitespace collapsed, so {@code (b)(7)(C)} matches however the label was spaced.
 */
final class BoxLabelCheck {

  private BoxLabelCheck() {}

  static CheckResult run(List<RedactionBox> boxes, Set<String> loggedLabels) {
    Set<String> known = new HashSet<>();
    for (String l : loggedLabels) {
      known.add(normalise(l));
    }
    List<String> residues = new ArrayList<>();
    for (RedactionBox b : boxes) {
      String label = normalise(b.label());
      if (label.isEmpty()) {
        residues.add("page " + (b.page() + 1) + ": redaction box " + b.number() + " has no label");
      } else if (!known.contains(label)) {
        residues.add("page " + (b.page() + 1) + ": redaction box " + b.number() + " has a label that is not in the log");
      }
    }
    return CheckResult.of("box-labels", residues);
  }

  static String normalise(String label) {
    return label.strip().replaceAll("\\s+", " ");
  }
}
