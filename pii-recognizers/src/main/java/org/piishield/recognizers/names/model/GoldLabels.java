package org.piishield.recognizers.names.model;

import java.util.Arrays;
import java.util.List;
import org.piishield.detect.ScanContext;

/**
 * Turns gold spans into one BIO label per token: the first token overlapping a span gets its begin label,
 * the others its inside label. A span overlapping tokens already labelled (nested or overlapping gold) is
 * skipped. Example: {@code "Dra. Ana Ruiz"} with PERSON {@code [5, 13)} gives {@code O B-PER I-PER}.
 */
final class GoldLabels {

  private GoldLabels() {}

  static int[] of(ScanContext ctx, List<TrainingDocument.Span> spans) {
    int[] labels = new int[ctx.tokenCount()];
    for (TrainingDocument.Span s : spans) {
      int begin = NerLabels.begin(s.type());
      if (begin == NerLabels.O) {
        continue;
      }
      int first = ctx.tokenAtOrAfter(s.start());
      int last = first;
      while (last < ctx.tokenCount() && ctx.tokenStart(last) < s.end()) {
        last++;
      }
      if (first == last || !allOutside(labels, first, last)) {
        continue;
      }
      Arrays.fill(labels, first, last, NerLabels.inside(begin));
      labels[first] = begin;
    }
    return labels;
  }

  private static boolean allOutside(int[] labels, int from, int to) {
    for (int i = from; i < to; i++) {
      if (labels[i] != NerLabels.O) {
        return false;
      }
    }
    return true;
  }
}
