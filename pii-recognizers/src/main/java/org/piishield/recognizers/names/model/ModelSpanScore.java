package org.piishield.recognizers.names.model;

import org.piishield.detect.EntityType;
import org.piishield.recognizers.names.NameSignals;

/**
 * The score of a span the tagger found, from its weakest token's margin (best label score minus the
 * runner-up's) and from whether the gazetteers agree. The model is meant to add what the rules miss without
 * outvoting them:
 * <ol>
 *   <li>scores stay at or below {@link #MAX} ({@code 0.55}), under the rule recognizers' confident ones
 *       ({@code 0.6}–{@code 0.95}), so where both fire the rule's span and type win the overlap resolution;
 *   <li>a low-margin span scores under the engine's threshold ({@code 0.4}) and is dropped;
 *   <li>a span without gazetteer evidence loses {@link #NO_EVIDENCE} and is dropped too. An abbreviation
 *       ({@code "U.S"}, {@code "D.C"}: no word longer than two letters) never has evidence. Otherwise: for
 *       PERSON a title just before, or two or more words with at least one listed given name or surname
 *       that is not also a common word, and no title, never-a-name, street or organisation word inside
 *       ({@code "Labor Day"}, {@code "Princess Royal"} and a lone {@code "Davis"} fail); for LOCATION a
 *       gazetteer place or a {@link PlaceCues place cue} before it, and no title, never-a-name or organisation
 *       word inside ({@code "U.S. Atty"} fails); for ORGANIZATION two or more words with an organisation word
 *       ({@code "Hospital"}, {@code "Department"}), not opening a line or sentence (headings such as
 *       {@code "News Blog"} fail).
 * </ol>
 * Measured with 5-fold cross-validation on the Presidio and MEDDOCAN development sets (report of the
 * {@code h-model} branch): without the evidence rule the model cost up to 9 points of PERSON precision on
 * Presidio for 1.5 points of recall.
 */
final class ModelSpanScore {

  /** Score at margin 0. */
  static final double BASE = 0.25;
  /** Score added per unit of margin; a margin of 7.5 reaches the threshold. */
  static final double PER_MARGIN = 0.02;
  static final double MAX = 0.55;
  /** Taken off a span the gazetteers do not support. */
  static final double NO_EVIDENCE = 0.3;

  private ModelSpanScore() {}

  static double of(EntityType type, float minMargin, TokenWindow w, int first, int last) {
    double score = Math.min(MAX, BASE + PER_MARGIN * minMargin);
    return hasEvidence(type, w, first, last) ? score : score - NO_EVIDENCE;
  }

  static boolean hasEvidence(EntityType type, TokenWindow w, int first, int last) {
    if (isAbbreviation(w, first, last)) {
      return false;
    }
    if (type.equals(EntityType.PERSON)) {
      return hasPersonEvidence(w, first, last);
    }
    boolean place = type.equals(EntityType.LOCATION);
    if (place && hasRoleWord(w, first, last)) {
      return false;
    }
    if (place && PlaceCues.before(w.ctx(), first)) {
      return true;
    }
    if (!place && (last == first || (w.signals(first) & NameSignals.SENTENCE_START) != 0)) {
      return false; // "News Blog", "FACULTAD DE ATRACCIÓN": a heading, not a name
    }
    for (int t = first; t <= last; t++) {
      int s = w.signals(t);
      if (place ? NameSignals.locationKind(s) > 0 : (s & NameSignals.ORG_WORD) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every word of the span has at most two letters ({@code "U.S"}, {@code "D.C"}, {@code "NY"}):
   * abbreviations are left to the rule recognizers, which know when {@code "U.S."} is a place and when it
   * only modifies {@code "Attorney"}.
   */
  private static boolean isAbbreviation(TokenWindow w, int first, int last) {
    for (int t = first; t <= last; t++) {
      if (w.ctx().tokenLength(t) > 2) {
        return false;
      }
    }
    return true;
  }

  /** Whether a title, never-a-name or organisation word is inside: {@code "U.S. Atty"} is no place. */
  private static boolean hasRoleWord(TokenWindow w, int first, int last) {
    for (int t = first; t <= last; t++) {
      if ((w.signals(t) & (NameSignals.TITLE | NameSignals.NEVER | NameSignals.ORG_WORD)) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPersonEvidence(TokenWindow w, int first, int last) {
    boolean titled = first > 0 && w.has(first - 1) && (w.signals(first - 1) & NameSignals.TITLE) != 0;
    boolean listed = false;
    for (int t = first; t <= last; t++) {
      int s = w.signals(t);
      if ((s & (NameSignals.TITLE | NameSignals.NEVER | NameSignals.ORG_WORD | NameSignals.STREET)) != 0) {
        return false;
      }
      listed |= (NameSignals.givenClass(s) > 0 || NameSignals.surnameClass(s) > 0)
          && (s & NameSignals.AMBIGUOUS_NAME) == 0;
    }
    return titled || (listed && last > first);
  }
}
