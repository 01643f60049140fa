package org.piishield.recognizers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.engine.PiiEngine;
import org.piishield.recognizers.es.SpanishDniRecognizer;
import org.piishield.recognizers.es.SpanishNieRecognizer;
import org.piishield.recognizers.es.SpanishStreetAddressRecognizer;
import org.piishield.recognizers.mx.MexicanCurpRecognizer;
import org.piishield.recognizers.mx.MexicanRfcRecognizer;
import org.piishield.recognizers.mx.MexicanStreetAddressRecognizer;
import org.piishield.testing.EngineInvariants;

/** Randomised engine invariants with every Spanish and Mexican recognizer; re-run a failure with -Dtests.seed. */
class SpanishMexicanInvariantsTest {

  @Test
  void checkRandomText_spanishMexicanRecognizers_keepInvariants() {
    PiiEngine engine = PiiEngine.newBuilder()
        .recognizers(List.of(new SpanishDniRecognizer(), new SpanishNieRecognizer(), new SpanishStreetAddressRecognizer(),
            new MexicanCurpRecognizer(), new MexicanRfcRecognizer(), new MexicanStreetAddressRecognizer()))
        .build();
    EngineInvariants.checkRandomText(engine, 300);
  }
}
