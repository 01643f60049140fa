package org.piishield.recognizers.mx;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.recognizers.internal.hispanic.HispanicAddressScanner;

/**
 * Street addresses in Mexico, reported as {@link EntityType#ES_STREET_ADDRESS} (Spanish-language street
 * address): street type, name, number ({@code 1234}, {@code #66}, {@code No. Ext. 12}), interior and lot
 * ({@code Int. 4}, {@code Mz. 3 Lt. 12}), then colonia, alcaldía, {@code C.P.} and city. Cue: a street-type
 * token ({@code Av.}, {@code Calle}, {@code Blvd.}, {@code Calz.}, {@code Privada}, {@code Eje} …) or a
 * {@code Domicilio:} label; grammar and scores are {@link HispanicAddressScanner}'s (shared with
 * {@code es.SpanishStreetAddressRecognizer}).
 *
 * <p>Examples (span in brackets): {@code [Av. Insurgentes Sur 1234, Col. Del Valle]},
 * {@code [Calle 5 de Mayo 12, Col. Centro, C.P. 06000, Ciudad de México].},
 * {@code [Calle Pino Mz. 3 Lt. 12, Col. Las Flores]}, {@code [Blvd. Manuel Ávila Camacho 40 Int. 4]}.
 * Not addresses: {@code el 5 de mayo}, {@code Calle 5} (a numbered street needs {@code #} or {@code No.}
 * before its number), {@code Col. Centro} alone (no street).
 *
 * <p>Immutable and thread-safe.
 */
public final class MexicanStreetAddressRecognizer implements Recognizer {

  public static final String NAME = "mx_street_address";

  private static final HispanicAddressScanner SCANNER =
      new HispanicAddressScanner(HispanicAddressScanner.Dialect.MEXICO);
  private static final ContextSpec CONTEXT = ContextSpec.of("domicilio", "dirección", "domiciliado",
      "domiciliada", "reside", "vive", "viven", "vivía", "colonia", "código postal", "address", "lives at");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.ES_STREET_ADDRESS);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    SCANNER.scan(ctx, out, this);
  }
}
