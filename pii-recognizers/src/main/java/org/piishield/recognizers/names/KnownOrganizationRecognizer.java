package org.piishield.recognizers.names;

import java.util.Set;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * Well-known organisations by name or acronym ({@code organizations_known.txt}): agencies ({@code "FBI"},
 * {@code "U.S. Marshals Service"}, {@code "Buró Federal de Investigaciones"}), legislatures and courts
 * ({@code "Congress"}, {@code "Ninth Circuit"}, {@code "Tribunal Supremo"}), international bodies ({@code
 * "OEA"}) and gangs and cartels ({@code "MS-13"}, {@code "Cártel de Sinaloa"}). These names carry no cue
 * the {@link OrganizationRecognizer} could use, and FOIA and threat work meet them on every page.
 *
 * <p>Cue: each capitalised token; the longest listed phrase starting there wins. Names match after case and
 * accent folding (0.85); an acronym matches only when written in capitals (0.75), so {@code "ice"}, {@code
 * "Ice"} and the Spanish {@code "ine"} are not agencies. Immutable and thread-safe.
 */
public final class KnownOrganizationRecognizer implements Recognizer {

  public static final String NAME = "known_organization";

  private static final double NAME_SCORE = 0.85;
  private static final double ACRONYM_SCORE = 0.75;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.ORGANIZATION);
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    LocationGazetteer known = Holder.KNOWN;
    int next = 0;
    for (int k = 0; k < ctx.upperTokenCount(); k++) {
      int t = ctx.upperToken(k);
      if (t < next) {
        continue;
      }
      int p = known.match(ctx, t);
      if (p < 0) {
        continue;
      }
      int last = t + known.length(p) - 1;
      boolean acronym = known.kind(p) == ACRONYM_KIND;
      out.add(ctx.tokenStart(t), ctx.tokenEnd(last), EntityType.ORGANIZATION, acronym ? ACRONYM_SCORE : NAME_SCORE,
          this, acronym ? "known_acronym" : "known_name", null);
      next = last + 1;
    }
  }

  private static final int ACRONYM_KIND = 2;

  private static final class Holder {
    static final LocationGazetteer KNOWN = load();

    private static LocationGazetteer load() {
      LocationGazetteer.Builder b = new LocationGazetteer.Builder();
      NameLexicon.readLines("organizations_known.txt", (word, value) -> b.add(word, value));
      return b.build();
    }
  }
}
