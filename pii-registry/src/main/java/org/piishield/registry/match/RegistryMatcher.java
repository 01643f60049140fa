package org.piishield.registry.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * every probe hit is confirmed by the HMAC of the candidate against the tokens stored for that person, so a
 * 64-bit probe collision can never produce a match.
 *
 * <p>Overlaps are reduced the way a reader would: a name or relative match lying strictly inside a longer name
 * or relative match (of anyone) is dropped ("José Hernández" inside "María José Hernández García" is not a
 * second person), and a match inside a longer one of the same person and field is dropped. Results are sorted
 * by start, then end, person id and field.
 *
 * <p>Example: with {@code p-002} enrolled as "William O'Donnell", phone {@code +1 213 555 0103},
 * {@code match("CALL BILL O'DONNELL AT 213.555.0103")} gives {@code [p-002 name 5-18, p-002 phone 22-34]}.
 * Thread-safe; matches hold person ids, fields and offsets only.
 */
public final class RegistryMatcher {

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
    return reduce(collector.confirmed());
  }

  static List<RegistryMatch> reduce(Set<RegistryMatch> found) {
    List<RegistryMatch> out = new ArrayList<>();
    for (RegistryMatch m : found) {
      if (!shadowed(m, found)) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(RegistryMatch::start).thenComparingInt(RegistryMatch::end)
        .thenComparing(RegistryMatch::personId).thenComparing(RegistryMatch::field));
    return out;
  }

  private static boolean shadowed(RegistryMatch m, Set<RegistryMatch> all) {
    boolean nameLike = isNameLike(m.field());
    for (RegistryMatch o : all) {
      if (m.strictlyInside(o)
          && ((nameLike && isNameLike(o.field())) || (o.personId().equals(m.personId()) && o.field() == m.field()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameLike(FieldType f) {
    return f == FieldType.NAME || f == FieldType.RELATIVE;
  }

  /** Receives candidates, probes them, confirms hits; one per {@link #match} call. */
  private static final class Collector implements CandidateSink, TokenIndex.HitConsumer {
    private final RegistryIndex index;
    private final Set<RegistryMatch> confirmed = new LinkedHashSet<>();
    /** Confirmation results by (person, field, value), so a value repeated in a document is hashed once. */
    private final Map<String, Boolean> seen = new HashMap<>();
    private CharSequence value;
    private int start;
    private int end;

    Collector(RegistryIndex index) {
      this.index = index;
    }

    @Override
    public void candidate(FieldType domain, CharSequence normalized, int start, int end) {
      this.value = normalized;
      this.start = start;
      this.end = end;
      index.lookup(domain, normalized, this);
    }

    @Override
    public void accept(int personIndex, int fieldOrdinal) {
      FieldType field = RegistryIndex.fieldType(fieldOrdinal);
      String v = value.toString();
      String key = personIndex + "|" + fieldOrdinal + "|" + v;
      Boolean ok = seen.get(key);
      if (ok == null) {
        ok = index.confirm(personIndex, field, v);
        seen.put(key, ok);
      }
      if (ok) {
        confirmed.add(new RegistryMatch(index.personId(personIndex), field, start, end));
      }
    }

    Set<RegistryMatch> confirmed() {
      return confirmed;
    }
  }
}
