package org.piishield.recognizers.es;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.recognizers.internal.hispanic.HispanicAddressScanner;

/**
 * Street addresses in Spain: street type, name, number, floor/door, postal code and city. Cue: a street-type
 * token ({@code Calle}, {@code C/}, {@code Avda.}, {@code Pº}, {@code Carrer} …) or a {@code Domicilio:}
 * label; the grammar and scores are {@link HispanicAddressScanner}'s (shared with
 * {@code mx.MexicanStreetAddressRecognizer}).
 *
 * <p>Examples (span in brackets): {@code vive en [Calle Mayor 5, 3º B].}, {@code [C/ Alcalá 20, 28014 Madrid]},
 * {@code [Avda. de la Constitución 12]}, {@code [Plaza de España s/n]}, {@code Domicilio: [Doctor Esquerdo, 46]}.
 * Not addresses: {@code la calle estaba vacía} (no name, no number), {@code Calle abajo había 3 coches}
 * (lower-case name and the number counts something), {@code C. Martínez} (an initial, no number). A typed
 * street without number ({@code Plaza Mayor}) scores 0.35 and needs context ({@code domicilio},
 * {@code vive en}) to pass the default threshold.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpanishStreetAddressRecognizer implements Recognizer {

  public static final String NAME = "es_street_address";

  private static final HispanicAddressScanner SCANNER =
      new HispanicAddressScanner(HispanicAddressScanner.Dialect.SPAIN);
  private static final ContextSpec CONTEXT = ContextSpec.of("domicilio", "dirección", "domiciliado", "domiciliada",
      "reside", "residente", "vive", "viven", "vivía", "señas", "dirección postal", "empadronado", "empadronada",
      "address", "lives at", "resides");

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
