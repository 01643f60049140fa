package org.piishield.watch;

import org.piishield.registry.match.RegistryMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.piishield.registry.normalize.FieldType;

/**
 * Scores the hits of one person in one document into an {@link Alert}: which identifiers were found, whether
 * a threat or call-to-action phrase stands near them, how severe that is and how strong.
 *
 * <p>Severity, first rule that applies (the threat rules count only a {@link ThreatSpan} at most
 * {@link #threatWindow()} chars from one of the person's evidence spans):
 * <ol>
 *   <li>{@link Severity#CRITICAL}: a name with a home address, phone, plate or relative; or a threat with an
 *       address, phone, e-mail or plate.</li>
 *   <li>{@link Severity#HIGH}: a phone, e-mail or plate; two or more field types; or a threat with a name or a
 *       relative alone.</li>
 *   <li>{@link Severity#MEDIUM}: a home address alone.</li>
 *   <li>{@link Severity#LOW}: a name alone, or a relative's name alone.</li>
 * </ol>
 * Every rule asks only whether something is present, and each "alone" case is the fallback of the rules
 * above it, so adding a field or a threat never lowers the severity.
 *
 * <p>Score: the severity's band ({@code low [0, .25)}, {@code medium [.25, .5)}, {@code high [.5, .75)},
 * {@code critical [.75, 1]}) plus a quarter of the strength of the evidence, {@code 1 − Π(1 − w)} over the
 * weights {@code w} of the distinct field types found and of a nearby threat (name .30, address .35,
 * phone .30, e-mail .20, plate .25, relative .20, threat .40), rounded down to two decimals. The score
 * orders alerts as severity does, and adding a field or a threat never lowers it. Example: a name and a home
 * address with no threat is critical, {@code .75 + .25 × (1 − .70 × .65) = 0.886}, reported as {@code 0.88}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExposureScorer {

  /** Default for {@link #threatWindow()}: about a flyer page, or two paragraphs of a post. */
  public static final int DEFAULT_THREAT_WINDOW = 1_000;

  private static final double BAND = 0.25;
  private static final double THREAT_WEIGHT = 0.40;

  /*
   * Why a threat needs to be near the person: a web page's chrome says "Share this" under every article, so
   * a threat phrase anywhere in a long page would raise every name on it. On a flyer or a post everything is
   * within the window. Why a threat with a name alone is HIGH, not CRITICAL: names are the noisiest
   * identifier (a common name matches strangers; see issue 3's negatives), and a name alone gives the reader
   * no way to reach the person; the threat raises it one level, as it does a relative's name alone.
   */

  private final int threatWindow;

  /** A scorer with the {@link #DEFAULT_THREAT_WINDOW}. */
  public ExposureScorer() {
    this(DEFAULT_THREAT_WINDOW);
  }

  /** A scorer counting threats at most {@code threatWindow} chars from the person's evidence. */
  public ExposureScorer(int threatWindow) {
    if (threatWindow < 0) {
      throw new IllegalArgumentException("negative threat window " + threatWindow);
    }
    this.threatWindow = threatWindow;
  }

  /** How far (in chars, between span edges) a threat phrase may be from the person's evidence to count. */
  public int threatWindow() {
    return threatWindow;
  }

  /**
   * The alert for all hits of {@code personId} in one document.
   *
   * @param hits the person's hits, at least one, all of {@code personId}
   * @param threats the document's threat phrases as {@link ThreatLexicon#find} returns them: sorted by start,
   *     none inside another
   */
  public Alert score(String source, String personId, List<RegistryMatch> hits, List<ThreatSpan> threats) {
    Objects.requireNonNull(source, "source");
    if (hits.isEmpty()) {
      throw new IllegalArgumentException("no hits for " + personId);
    }
    Set<FieldType> fields = EnumSet.noneOf(FieldType.class);
    List<Evidence> evidence = new ArrayList<>(hits.size());
    for (RegistryMatch h : hits) {
      if (!h.personId().equals(personId)) {
        throw new IllegalArgumentException("hit of " + h.personId() + " scored for " + personId);
      }
      fields.add(h.field());
      evidence.add(new Evidence(h.field(), h.start(), h.end()));
    }
    evidence = outermost(evidence);
    boolean threat = false;
    for (int i = 0; i < evidence.size() && !threat; i++) {
      threat = isNear(evidence.get(i), threats);
    }
    return new Alert(source, personId, severity(fields, threat), score(fields, threat), List.copyOf(fields),
        evidence);
  }

  /** The severity of a set of distinct field types, with or without a threat nearby (class Javadoc rules). */
  public static Severity severity(Set<FieldType> fields, boolean threat) {
    boolean name = fields.contains(FieldType.NAME);
    boolean address = fields.contains(FieldType.ADDRESS);
    boolean phone = fields.contains(FieldType.PHONE);
    boolean email = fields.contains(FieldType.EMAIL);
    boolean plate = fields.contains(FieldType.PLATE);
    boolean relative = fields.contains(FieldType.RELATIVE);
    boolean reach = address || phone || email || plate;
    if (name && (address || phone || plate || relative) || threat && reach) {
      return Severity.CRITICAL;
    }
    if (phone || email || plate || fields.size() >= 2 || threat && (name || relative)) {
      return Severity.HIGH;
    }
    return address ? Severity.MEDIUM : Severity.LOW;
  }

  /** The score of a set of distinct field types, with or without a threat nearby (class Javadoc table). */
  public static double score(Set<FieldType> fields, boolean threat) {
    double miss = threat ? 1 - THREAT_WEIGHT : 1;
    for (FieldType f : fields) {
      miss *= 1 - weight(f);
    }
    double raw = severity(fields, threat).ordinal() * BAND + BAND * (1 - miss);
    // Rounded down so a score never reaches the next band; 1e-9 absorbs binary fractions like 0.7499999….
    return Math.floor(raw * 100 + 1e-9) / 100;
  }

  /** The weight of one field type in the score's strength. */
  static double weight(FieldType f) {
    return switch (f) {
      case NAME -> 0.30;
      case ADDRESS -> 0.35;
      case PHONE -> 0.30;
      case EMAIL -> 0.20;
      case PLATE -> 0.25;
      case RELATIVE -> 0.20;
    };
  }

  /** Evidence sorted by {@link Evidence#ORDER}, without duplicates or spans inside another of the same field. */
  private static List<Evidence> outermost(List<Evidence> evidence) {
    evidence.sort(Comparator.comparing(Evidence::field).thenComparingInt(Evidence::start)
        .thenComparing(Comparator.comparingInt(Evidence::end).reversed()));
    List<Evidence> out = new ArrayList<>(evidence.size());
    Evidence outer = null;
    for (Evidence e : evidence) {
      if (outer == null || !e.isWithin(outer)) {
        out.add(e);
        outer = e;
      }
    }
    out.sort(Evidence.ORDER);
    return out;
  }

  /** Whether a threat lies within the window of {@code e}; threats sorted by start and ends, so by end too. */
  private boolean isNear(Evidence e, List<ThreatSpan> threats) {
    long from = (long) e.start() - threatWindow;
    int lo = 0;
    int hi = threats.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (threats.get(mid).end() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < threats.size() && threats.get(lo).start() <= (long) e.end() + threatWindow;
  }
}
