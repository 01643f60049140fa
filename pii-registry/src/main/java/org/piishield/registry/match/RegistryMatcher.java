package org.piishield.registry.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.piishield.registry.index.RegistryIndex;
import org.piishield.registry.index.TokenIndex;
import org.piishield.registry.normalize.FieldType;

/**
 * Finds enrolled people in a document: {@link CandidateExtractor} turns the text into normalised candidates
 * (name windows, street addresses, phones, e-mails, plates), each is probed in the {@link RegistryIndex}, and
 * every probe hit is confirmed by the candidate's HMAC (see {@link RegistryIndex#tokenCheck}), so a 64-bit
 * probe collision does not produce a match.
 *
 * <p>A value shared by many enrolled people identifies none of them: a candidate that hits more than
 * {@value #MAX_FANOUT} enrolled (person, field) entries (a common name, or "12 Oak St" without a city, in a
 * registry of a million) counts only for the people who also match in another field (a relative's name
 * does not corroborate a name): anywhere in the document when that match is unambiguous, within
 * {@value #NEARBY} chars when it is ambiguous too.
 * "MARIA GARCIA LIVES AT 12 OAK ST" still gives the Maria Garcia enrolled at 12 Oak St her name and address,
 * even when both the name and the street line are common; "Maria Garcia" alone alerts no one of the hundreds
 * so named.
 *
 * <p>Overlaps are reduced the way a reader would: a name or relative match lying strictly inside a longer name
 * or relative match (of anyone) is dropped ("José Hernández" inside "María José Hernández García" is not a
 * second person), and a match inside a longer one of the same person and field is dropped. Results are sorted
 * by start, then end, person id and field.
 *
 * <p>Example: with {@code p-002} enrolled as "William O'Donnell", phone {@code +1 213 555 0103},
 * {@code match("CALL BILL O'DONNELL AT 213.555.0103")} gives {@code [p-002 name 5-19, p-002 phone 23-35]}.
 * Thread-safe; matches hold person ids, fields and offsets only.
 */
public final class RegistryMatcher {

  /** Most enrolled (person, field) entries a candidate may hit and still count on its own. */
  public static final int MAX_FANOUT = 8;
  /** Most chars between two ambiguous hits of one person in different fields for them to confirm each other. */
  static final int NEARBY = 300;
  private static final int NAME_LIKE = (1 << FieldType.NAME.ordinal()) | (1 << FieldType.RELATIVE.ordinal());

  private static final Comparator<RegistryMatch> ORDER = Comparator.comparingInt(RegistryMatch::start)
      .thenComparingInt(RegistryMatch::end).thenComparing(RegistryMatch::personId)
      .thenComparing(RegistryMatch::field);

  private final RegistryIndex index;
  private final CandidateExtractor extractor;

  public RegistryMatcher(RegistryIndex index) {
    this.index = index;
    this.extractor = new CandidateExtractor(index::mightContainPart);
  }

  /** The confirmed matches of {@code text}, reduced and sorted as described above. */
  public List<RegistryMatch> match(CharSequence text) {
    Collector collector = new Collector(index);
    extractor.extract(text, collector);
    return reduce(collector.finish());
  }

  /** Drops shadowed matches (see the class comment) with one sort and one sweep per group. */
  static List<RegistryMatch> reduce(Set<RegistryMatch> found) {
    // Groups: all name-like matches together; every other match with its own person and field.
    Map<String, List<RegistryMatch>> groups = new HashMap<>();
    for (RegistryMatch m : found) {
      String group = isNameLike(m.field()) ? "" : m.field().id() + '|' + m.personId();
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(m);
    }
    List<RegistryMatch> out = new ArrayList<>(found.size());
    for (List<RegistryMatch> group : groups.values()) {
      keepUnshadowed(group, out);
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * Adds to {@code out} the matches of {@code group} that lie strictly inside no longer match of the group:
   * sorted by start ascending and end descending, a match is shadowed when an earlier start reaches at least
   * its end, or the same start reaches further.
   */
  private static void keepUnshadowed(List<RegistryMatch> group, List<RegistryMatch> out) {
    group.sort(Comparator.comparingInt(RegistryMatch::start).thenComparing(Comparator.comparingInt(
        RegistryMatch::end).reversed()));
    int maxEndBefore = -1; // furthest end among matches with a smaller start
    int groupStart = -1;
    int groupMaxEnd = -1; // furthest end among matches with the current start
    for (RegistryMatch m : group) {
      if (m.start() != groupStart) {
        maxEndBefore = Math.max(maxEndBefore, groupMaxEnd);
        groupStart = m.start();
        groupMaxEnd = m.end();
      }
      if (maxEndBefore < m.end() && groupMaxEnd <= m.end()) {
        out.add(m);
      }
    }
  }

  private static boolean isNameLike(FieldType f) {
    return f == FieldType.NAME || f == FieldType.RELATIVE;
  }

  /** Receives candidates, probes them, confirms hits; one per {@link #match} call. */
  private static final class Collector implements CandidateSink, TokenIndex.HitConsumer {
    private final RegistryIndex index;
    private final Set<RegistryMatch> confirmed = new LinkedHashSet<>();
    /** Fields (bit per ordinal) of each person's confirmed unambiguous matches. */
    private final Map<Integer, Integer> fieldsOf = new HashMap<>();
    /** Ambiguous candidates, resolved in {@link #finish()}. */
    private final List<Deferred> deferred = new ArrayList<>();
    /** HMAC checks by field and value, so a value repeated in a document is hashed once per field. */
    @SuppressWarnings("unchecked")
    private final Map<String, Integer>[] checks = new Map[FieldType.values().length];
    private final int[] hitPerson = new int[MAX_FANOUT + 1];
    private final int[] hitField = new int[MAX_FANOUT + 1];
    private final int[] hitCheck = new int[MAX_FANOUT + 1];
    private int hits;
    private String value;

    Collector(RegistryIndex index) {
      this.index = index;
    }

    @Override
    public void candidate(FieldType domain, CharSequence normalized, int start, int end) {
      hits = 0;
      int n = index.lookup(domain, normalized, this, MAX_FANOUT);
      if (n == 0) {
        return;
      }
      value = normalized.toString();
      if (n > MAX_FANOUT) {
        deferred.add(new Deferred(domain, value, start, end));
        return;
      }
      for (int i = 0; i < hits; i++) {
        if (confirmAndAdd(hitPerson[i], hitField[i], hitCheck[i], start, end)) {
          fieldsOf.merge(hitPerson[i], 1 << hitField[i], (x, y) -> x | y);
        }
      }
    }

    /** Buffers hits (up to the fan-out limit) until their number is known. */
    @Override
    public void accept(int personIndex, int fieldOrdinal, int check) {
      if (hits < hitPerson.length) {
        hitPerson[hits] = personIndex;
        hitField[hits] = fieldOrdinal;
        hitCheck[hits] = check;
        hits++;
      }
    }

    private boolean confirmAndAdd(int personIndex, int fieldOrdinal, int check, int start, int end) {
      FieldType field = RegistryIndex.fieldType(fieldOrdinal);
      Map<String, Integer> byValue = checks[fieldOrdinal];
      if (byValue == null) {
        byValue = new HashMap<>();
        checks[fieldOrdinal] = byValue;
      }
      Integer expected = byValue.get(value);
      if (expected == null) {
        expected = index.tokenCheck(field, value);
        byValue.put(value, expected);
      }
      if (expected != check) {
        return false;
      }
      confirmed.add(new RegistryMatch(index.personId(personIndex), field, start, end));
      return true;
    }

    /**
     * Resolves ambiguous candidates: a person's ambiguous hit counts when the person has a confirmed match in
     * another field anywhere in the document, or an ambiguous hit in another field within
     * {@value #NEARBY} chars (a common name next to a common street line); returns every confirmed match.
     */
    Set<RegistryMatch> finish() {
      if (deferred.isEmpty()) {
        return confirmed;
      }
      int otherFieldsFound = 0; // union of the unambiguous fields found, for a quick way out
      for (int bits : fieldsOf.values()) {
        otherFieldsFound |= bits;
      }
      // Which ambiguous candidates have an ambiguous candidate of another class nearby (by span only).
      boolean[] nearOther = new boolean[deferred.size()];
      boolean anyNear = false;
      for (int i = 0; i < deferred.size(); i++) {
        Deferred d = deferred.get(i);
        for (int j = 0; j < deferred.size() && !nearOther[i]; j++) {
          Deferred o = deferred.get(j);
          nearOther[i] = isNameLike(o.domain) != isNameLike(d.domain) || (!isNameLike(d.domain) && o.domain != d.domain)
              ? Math.abs(o.start - d.start) <= NEARBY : false;
        }
        anyNear |= nearOther[i];
      }
      // Every ambiguous (unconfirmed) hit, per person, of the candidates that have such a neighbour.
      Map<Integer, List<long[]>> ambiguous = new HashMap<>();
      if (anyNear) {
        for (int i = 0; i < deferred.size(); i++) {
          Deferred d = deferred.get(i);
          if (nearOther[i]) {
            index.lookup(d.domain, d.value, (person, field, check) ->
                ambiguous.computeIfAbsent(person, k -> new ArrayList<>(2)).add(new long[] {field, d.start}));
          }
        }
      }
      for (int i = 0; i < deferred.size(); i++) {
        Deferred d = deferred.get(i);
        boolean near = nearOther[i];
        if (!near && (otherFieldsFound & ~sameClass(d.domain.ordinal())) == 0) {
          continue; // nothing in this document can corroborate it
        }
        value = d.value;
        index.lookup(d.domain, d.value, (person, field, check) -> {
          if ((fieldsOf.getOrDefault(person, 0) & ~sameClass(field)) != 0
              || (near && nearbyOtherField(ambiguous.get(person), field, d.start))) {
            confirmAndAdd(person, field, check, d.start, d.end);
          }
        });
      }
      return confirmed;
    }

    private static boolean nearbyOtherField(List<long[]> hits, int field, int start) {
      if (hits == null) {
        return false;
      }
      int same = sameClass(field);
      for (long[] h : hits) {
        if ((same & (1 << h[0])) == 0 && Math.abs(h[1] - start) <= NEARBY) {
          return true;
        }
      }
      return false;
    }

    /** The field bits that cannot corroborate {@code field}: a name and a relative's name are one class. */
    private static int sameClass(int field) {
      int bit = 1 << field;
      return (bit & NAME_LIKE) != 0 ? NAME_LIKE : bit;
    }
  }

  private record Deferred(FieldType domain, String value, int start, int end) {}
}
