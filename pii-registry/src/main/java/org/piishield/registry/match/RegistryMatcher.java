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
 * <p>A name shared by many enrolled people identifies none of them: a name or relative candidate that hits
 * more than {@value #MAX_NAME_FANOUT} enrolled (person, field) entries counts only for the people who also
 * have an address, phone, e-mail or plate match in the same document. "MARIA GARCIA LIVES AT 12 OAK ST" still
 * gives the Maria Garcia enrolled at 12 Oak St her name and address; "Maria Garcia" alone alerts no one of the
 * hundreds so named in a registry of a million.
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

  /** Most enrolled (person, field) entries a name candidate may hit and still count on its own. */
  public static final int MAX_NAME_FANOUT = 16;

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
    /** Person indexes with a confirmed address, phone, e-mail or plate match. */
    private final Set<Integer> identified = new HashSet<>();
    /** Ambiguous name candidates, resolved in {@link #finish()}. */
    private final List<Deferred> deferred = new ArrayList<>();
    /** HMAC checks by field and value, so a value repeated in a document is hashed once per field. */
    private final Map<String, Integer> checks = new HashMap<>();
    private final int[] hitPerson = new int[MAX_NAME_FANOUT + 1];
    private final int[] hitField = new int[MAX_NAME_FANOUT + 1];
    private final int[] hitCheck = new int[MAX_NAME_FANOUT + 1];
    private int hits;
    private String value;

    Collector(RegistryIndex index) {
      this.index = index;
    }

    @Override
    public void candidate(FieldType domain, CharSequence normalized, int start, int end) {
      value = null;
      hits = 0;
      if (domain == FieldType.NAME) {
        int n = index.lookup(domain, normalized, this::collectName);
        if (n == 0) {
          return;
        }
        if (n > MAX_NAME_FANOUT) {
          deferred.add(new Deferred(domain, normalized.toString(), start, end));
          return;
        }
        value = normalized.toString();
        for (int i = 0; i < hits; i++) {
          confirmAndAdd(hitPerson[i], hitField[i], hitCheck[i], start, end);
        }
      } else {
        this.start = start;
        this.end = end;
        this.current = normalized;
        index.lookup(domain, normalized, this);
      }
    }

    private CharSequence current;
    private int start;
    private int end;

    /** Non-name hits: confirmed at once. */
    @Override
    public void accept(int personIndex, int fieldOrdinal, int check) {
      if (value == null) {
        value = current.toString();
      }
      if (confirmAndAdd(personIndex, fieldOrdinal, check, start, end)) {
        identified.add(personIndex);
      }
    }

    /** Name hits: buffered (up to the fan-out limit) until their number is known. */
    private void collectName(int personIndex, int fieldOrdinal, int check) {
      if (hits < hitPerson.length) {
        hitPerson[hits] = personIndex;
        hitField[hits] = fieldOrdinal;
        hitCheck[hits] = check;
        hits++;
      }
    }

    private boolean confirmAndAdd(int personIndex, int fieldOrdinal, int check, int start, int end) {
      FieldType field = RegistryIndex.fieldType(fieldOrdinal);
      Integer expected = checks.computeIfAbsent(field.id() + '|' + value, k -> index.tokenCheck(field, value));
      if (expected != check) {
        return false;
      }
      confirmed.add(new RegistryMatch(index.personId(personIndex), field, start, end));
      return true;
    }

    /** Resolves ambiguous names against the people identified otherwise; returns every confirmed match. */
    Set<RegistryMatch> finish() {
      for (Deferred d : deferred) {
        if (identified.isEmpty()) {
          break;
        }
        value = d.value;
        index.lookup(d.domain, d.value, (person, field, check) -> {
          if (identified.contains(person)) {
            confirmAndAdd(person, field, check, d.start, d.end);
          }
        });
      }
      return confirmed;
    }
  }

  private record Deferred(FieldType domain, String value, int start, int end) {}
}
