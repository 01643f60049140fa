package org.piishield.recognizers.us;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.engine.PiiEngine;
import org.piishield.testing.EngineInvariants;

/** Randomised engine invariants with every US recognizer enabled; {@code -Dtests.seed=N} replays a failure. */
class UsRecognizersInvariantsTest {

  static PiiEngine usEngine() {
    return PiiEngine.newBuilder().recognizers(List.of(new UsSsnRecognizer(), new UsStreetAddressRecognizer(),
        new UsZipRecognizer(), new UsPassportRecognizer(), new UsDriverLicenseRecognizer(),
        new LicensePlateRecognizer(), new BadgeNumberRecognizer(), new VinRecognizer())).build();
  }

  @Test
  void checkRandomText_allUsRecognizers_keepsInvariants() {
    EngineInvariants.checkRandomText(usEngine(), 300);
  }

  @Test
  void checkRandomText_allCandidates_keepsInvariants() {
    EngineInvariants.checkRandomText(PiiEngine.newBuilder().recognizers(usEngine().recognizers())
        .scoreThreshold(0).build(), 300);
  }
}
