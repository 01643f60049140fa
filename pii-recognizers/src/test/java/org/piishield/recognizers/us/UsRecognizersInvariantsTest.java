package org.piishield.recognizers.us;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.piishield.engine.PiiEngine;
import org.piishield.testing.EngineInvariants;

/** Randomised engine invariants with every US recognizer enabled; {@code -Dtests.seed=N} replays a failure. */
class UsRecognizersInvariantsTest {

  static PiiEngine usEngine(double threshold) {
    return PiiEngine.newBuilder().recognizers(List.of(new UsSsnRecognizer(), new UsStreetAddressRecognizer(),
        new UsZipRecognizer(), new UsPassportRecognizer(), new UsDriverLicenseRecognizer(),
        new LicensePlateRecognizer(), new BadgeNumberRecognizer(), new VinRecognizer())).scoreThreshold(threshold)
        .build();
  }

  @Test
  void checkRandomText_allUsRecognizers_keepsInvariants() {
    EngineInvariants.checkRandomText(usEngine(0.4), 300);
  }

  @Test
  void checkRandomText_allCandidates_keepsInvariants() {
    EngineInvariants.checkRandomText(usEngine(0), 300);
  }

  /**
   * Texts where a second redaction pass once found something new, because a redaction label ({@code [US_SSN]},
   * {@code [BADGE_NUMBER]}, {@code [VIN]}) acted as context or changed a span's neighbours.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "badge 4295 3695 9627 7751",                                   // "[BADGE_NUMBER] 3695": label as context
      "SSN: 536-22-8107 que la 39313 060-75-6773. born report case",  // "[US_SSN]" as context for the next
      "case badge 46357 a is the. 317-96-4297",                      // a label must not hide "case"
      "SSN Robert Garcia 1392 Washington Street, Clinton, WA 12667 361-61-2348 case",
      "placa número. 34601 759-70-6519",
      "460 employee.PO\nSpringfield.$-Box, 45 MAIN 460 New  Road/1M8GDM9AXKP042788\nSt",
      "employee abc,\nHills 536  8107 1M8GDM9AXKP042788 no. 1M8GDM9A1KP042788",
      "IL DL: Fifth 123 Hills AE Dr.1M8GDM9AXKP042788 Box.1/2/123/",
      "Employee ID: E20931 62701",
  })
  void checkText_formerSecondPassFindings_redactTwiceIsStable(String text) {
    EngineInvariants.checkText(usEngine(0.4), text);
    EngineInvariants.checkText(usEngine(0), text);
  }
}
