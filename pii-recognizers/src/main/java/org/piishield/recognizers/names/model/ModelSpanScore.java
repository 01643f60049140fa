package org.piishield.recognizers.names.model;

import org.piishield.detect.EntityType;
import org.piishield.detect.ScanContext;
import org.piishield.recognizers.names.NameSignals;

final class ModelSpanScore {

  static final double BASE = Double.parseDouble(System.getProperty("ner.base", "0.25"));
  static final double PER_MARGIN = Double.parseDouble(System.getProperty("ner.per", "0.02"));
  static final double MAX = Double.parseDouble(System.getProperty("ner.max", "0.7"));
  static final double MAX_ORG = Double.parseDouble(System.getProperty("ner.maxorg", "0.7"));
  static final double MAX_LOC = Double.parseDouble(System.getProperty("ner.maxloc", "0.7"));
  static final double NO_EVIDENCE = Double.parseDouble(System.getProperty("ner.noev", "0.3"));
  static final int MODE = Integer.getInteger("ner.mode", 1);

  private ModelSpanScore() {}

  static double of(EntityType type, float minMargin, TokenWindow w, int first, int last) {
    double max = type.equals(EntityType.ORGANIZATION) ? MAX_ORG : type.equals(EntityType.LOCATION) ? MAX_LOC : MAX;
    double score = Math.min(max, BASE + PER_MARGIN * minMargin);
    if (!hasEvidence(type, w, first, last)) {
      score -= NO_EVIDENCE;
    }
    return score;
  }

  static boolean hasEvidence(EntityType type, TokenWindow w, int first, int last) {
    ScanContext ctx = w.ctx();
    if (type.equals(EntityType.PERSON)) {
      boolean titled = first > 0 && w.has(first - 1) && (w.signals(first - 1) & NameSignals.TITLE) != 0;
      int listed = 0;
      for (int t = first; t <= last; t++) {
        int s = w.signals(t);
        if ((s & (NameSignals.TITLE | NameSignals.NEVER | NameSignals.ORG_WORD | NameSignals.STREET)) != 0) {
          return false;
        }
        if ((NameSignals.givenClass(s) > 0 || NameSignals.surnameClass(s) > 0)
            && (s & NameSignals.AMBIGUOUS_NAME) == 0) {
          listed++;
        } else if (MODE >= 2 && ctx.tokenHas(t, ScanContext.UPPER_FIRST) && ctx.tokenLength(t) > 1) {
          return titled;
        }
      }
      return listed > 0 || titled;
    }
    int need = type.equals(EntityType.LOCATION) ? -1
        : NameSignals.ORG_WORD | NameSignals.ORG_BEFORE | NameSignals.ORG_AFTER;
    for (int t = first; t <= last; t++) {
      int s = w.signals(t);
      if (need == -1 ? NameSignals.locationKind(s) > 0 : (s & need) != 0) {
        return true;
      }
    }
    if (type.equals(EntityType.LOCATION) && MODE >= 3) {
      // a place word before: "in", "en", "de"
      return false;
    }
    return MODE == 0;
  }
}
