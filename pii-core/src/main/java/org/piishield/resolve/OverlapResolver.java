package org.piishield.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
      EntityType.MEDICAL_RECORD_NUMBER, EntityType.HEALTH_INSURANCE_ID, EntityType.PROFESSIONAL_LICENSE,
      EntityType.EMAIL, EntityType.PHONE_NUMBER, EntityType.IP_ADDRESS, EntityType.URL,
      EntityType.SOCIAL_HANDLE, EntityType.LICENSE_PLATE, EntityType.BADGE_NUMBER, EntityType.EMPLOYEE_ID,
      EntityType.US_STREET_ADDRESS, EntityType.ES_STREET_ADDRESS, EntityType.DATE_OF_BIRTH,
      EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.US_ZIP, EntityType.ES_POSTAL_CODE,
      EntityType.MX_POSTAL_CODE, EntityType.DATE);

  private static final Map<EntityType, Integer> RANK = rankTable();

  /** Text order: start, then end, then type id. */
  private static final Comparator<Detection> BY_POSITION = (a, b) -> {
    if (a.start() != b.start()) {
      return Integer.compare(a.start(), b.start());
    }
    if (a.end() != b.end()) {
      return Integer.compare(a.end(), b.end());
    }
    return a.type().id().compareTo(b.type().id());
  };

  private final ResolutionPolicy policy;
  private final Comparator<Detection> order;

  public OverlapResolver(ResolutionPolicy policy) {
    this.policy = policy;
    this.order = new RankOrder(policy == ResolutionPolicy.LENGTH_THEN_SCORE);
  }

  public ResolutionPolicy policy() {
    return policy;
  }

  public static int rank(EntityType type) {
    return RANK.getOrDefault(type, TYPE_PRIORITY.size());
  }

  /** Returns the kept detections sorted by start (then end, then type id). */
  public List<Detection> resolve(List<Detection> candidates) {
    Detection[] byPosition = candidates.toArray(new Detection[0]);
    Arrays.sort(byPosition, BY_POSITION);
    if (!hasOverlap(byPosition)) {
      return new ArrayList<>(Arrays.asList(byPosition));
    }
    // spans of different clusters (maximal runs of transitively overlapping spans) never overlap, so each
    // cluster is ranked and resolved on its own: the same result as ranking all candidates at once
    List<Detection> kept = new ArrayList<>(byPosition.length);
    BitSet taken = new BitSet();
    Set<String> seen = policy == ResolutionPolicy.KEEP_ALL ? new HashSet<>() : null;
    int from = 0;
    while (from < byPosition.length) {
      int to = from + 1;
      int clusterEnd = byPosition[from].end();
      while (to < byPosition.length && byPosition[to].start() < clusterEnd) {
        clusterEnd = Math.max(clusterEnd, byPosition[to].end());
        to++;
      }
      if (to - from == 1) {
        kept.add(byPosition[from]);
      } else {
        resolveCluster(byPosition, from, to, kept, taken, seen);
      }
      from = to;
    }
    return kept;
  }

  /** Resolves the overlapping spans {@code byPosition[from, to)}, appending the kept ones by position. */
  private void resolveCluster(Detection[] byPosition, int from, int to, List<Detection> kept, BitSet taken,
      Set<String> seen) {
    Detection[] ranked = Arrays.copyOfRange(byPosition, from, to);
    Arrays.sort(ranked, order);
    int mark = kept.size();
    if (seen != null) {
      for (Detection d : ranked) {
        if (seen.add(d.start() + ":" + d.end() + ":" + d.type().id())) {
          kept.add(d);
        }
      }
    } else {
      int base = byPosition[from].start();
      taken.clear();
      for (Detection d : ranked) {
        int s = d.start() - base;
        int e = d.end() - base;
        int next = taken.nextSetBit(s);
        if (next >= 0 && next < e) {
          continue;
        }
        taken.set(s, e);
        kept.add(d);
      }
    }
    kept.subList(mark, kept.size()).sort(BY_POSITION);
  }

  private static boolean hasOverlap(Detection[] byPosition) {
    for (int i = 1; i < byPosition.length; i++) {
      if (byPosition[i].start() < byPosition[i - 1].end()) {
        return true;
      }
    }
    return false;
  }

  /** Score, length, type priority, type id, start, recognizer: a total order, so results never depend on input order. */
  private static final class RankOrder implements Comparator<Detection> {
    private final boolean lengthFirst;

    RankOrder(boolean lengthFirst) {
      this.lengthFirst = lengthFirst;
    }

    @Override
    public int compare(Detection a, Detection b) {
      int byScore = Double.compare(b.score(), a.score());
      int byLength = Integer.compare(b.length(), a.length());
      int c = lengthFirst ? (byLength != 0 ? byLength : byScore) : (byScore != 0 ? byScore : byLength);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(rank(a.type()), rank(b.type()));
      if (c != 0) {
        return c;
      }
      c = a.type().id().compareTo(b.type().id());
      if (c != 0) {
        return c;
      }
      c = Integer.compare(a.start(), b.start());
      return c != 0 ? c : a.recognizer().compareTo(b.recognizer());
    }
  }

  private static Map<EntityType, Integer> rankTable() {
    Map<EntityType, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < TYPE_PRIORITY.size(); i++) {
      m.put(TYPE_PRIORITY.get(i), i);
    }
    return Map.copyOf(m);
  }
}
