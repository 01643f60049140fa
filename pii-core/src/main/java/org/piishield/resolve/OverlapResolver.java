package org.piishield.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;

/**
 * Resolves overlapping detections deterministically. Candidates are ranked by the {@link ResolutionPolicy}
 * (by default: higher score, then longer span, then {@link #TYPE_PRIORITY}, then type id, then earlier
 * start); each is kept unless it overlaps one already kept. The result is sorted by start and contains no
 * two overlapping spans (except under {@link ResolutionPolicy#KEEP_ALL}). Identical spans of the same type
 * are reported once. Immutable and thread-safe.
 */
public final class OverlapResolver {

  /**
   * Type priority for ties, most specific first: validated identifiers before contact details before
   * names and places before dates. Types not listed rank after all listed ones.
   */
  public static final List<EntityType> TYPE_PRIORITY = List.of(
      EntityType.US_SSN, EntityType.CREDIT_CARD, EntityType.ES_DNI, EntityType.ES_NIE, EntityType.MX_CURP,
      EntityType.MX_RFC, EntityType.VIN, EntityType.US_PASSPORT, EntityType.US_DRIVER_LICENSE,
      EntityType.EMAIL, EntityType.PHONE_NUMBER, EntityType.IP_ADDRESS, EntityType.URL,
      EntityType.SOCIAL_HANDLE, EntityType.LICENSE_PLATE, EntityType.BADGE_NUMBER, EntityType.EMPLOYEE_ID,
      EntityType.US_STREET_ADDRESS, EntityType.ES_STREET_ADDRESS, EntityType.DATE_OF_BIRTH,
      EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.US_ZIP, EntityType.DATE);

  private static final Map<EntityType, Integer> RANK = rankTable();

  private final ResolutionPolicy policy;
  private final Comparator<Detection> order;

  public OverlapResolver(ResolutionPolicy policy) {
    this.policy = policy;
    Comparator<Detection> byScore = Comparator.comparingDouble(Detection::score).reversed();
    Comparator<Detection> byLength = Comparator.comparingInt(Detection::length).reversed();
    Comparator<Detection> first = policy == ResolutionPolicy.LENGTH_THEN_SCORE ? byLength.thenComparing(byScore)
        : byScore.thenComparing(byLength);
    this.order = first
        .thenComparingInt((Detection d) -> rank(d.type()))
        .thenComparing(d -> d.type().id())
        .thenComparingInt(Detection::start)
        .thenComparing(Detection::recognizer);
  }

  public ResolutionPolicy policy() {
    return policy;
  }

  public static int rank(EntityType type) {
    return RANK.getOrDefault(type, TYPE_PRIORITY.size());
  }

  /** Returns the kept detections sorted by start (then end, then type id). */
  public List<Detection> resolve(List<Detection> candidates) {
    List<Detection> ranked = new ArrayList<>(candidates);
    ranked.sort(order);
    List<Detection> kept = new ArrayList<>(ranked.size());
    if (policy == ResolutionPolicy.KEEP_ALL) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Detection d : ranked) {
        if (seen.add(d.start() + ":" + d.end() + ":" + d.type().id())) {
          kept.add(d);
        }
      }
    } else {
      TreeMap<Integer, Integer> taken = new TreeMap<>();
      for (Detection d : ranked) {
        Map.Entry<Integer, Integer> before = taken.floorEntry(d.start());
        if (before != null && before.getValue() > d.start()) {
          continue;
        }
        Map.Entry<Integer, Integer> after = taken.ceilingEntry(d.start());
        if (after != null && after.getKey() < d.end()) {
          continue;
        }
        taken.put(d.start(), d.end());
        kept.add(d);
      }
    }
    kept.sort(Comparator.comparingInt(Detection::start).thenComparingInt(Detection::end)
        .thenComparing(d -> d.type().id()));
    return kept;
  }

  private static Map<EntityType, Integer> rankTable() {
    Map<EntityType, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < TYPE_PRIORITY.size(); i++) {
      m.put(TYPE_PRIORITY.get(i), i);
    }
    return Map.copyOf(m);
  }
}
