package org.piishield.recognizers.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.engine.PiiEngine;
import org.piishield.testing.EngineInvariants;

class NamesInvariantsTest {

  @Test
  void checkRandomText_personAndLocation_keepsInvariants() {
    PiiEngine engine = PiiEngine.newBuilder()
        .recognizers(List.of(new PersonNameRecognizer(), new LocationRecognizer())).scoreThreshold(0).build();
    EngineInvariants.checkRandomText(engine, 300);
  }

  @Test
  void checkRandomText_defaultThreshold_keepsInvariants() {
    PiiEngine engine = PiiEngine.newBuilder()
        .recognizers(List.of(new PersonNameRecognizer(), new LocationRecognizer())).build();
    EngineInvariants.checkRandomText(engine, 300);
  }
}
