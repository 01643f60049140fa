package org.piishield.recognizers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.engine.PiiEngine;
import org.piishield.recognizers.generic.CreditCardRecognizer;
import org.piishield.recognizers.generic.DateRecognizer;
import org.piishield.recognizers.generic.EmailRecognizer;
import org.piishield.recognizers.generic.IpAddressRecognizer;
import org.piishield.recognizers.generic.SocialHandleRecognizer;
import org.piishield.recognizers.generic.UrlRecognizer;
import org.piishield.recognizers.phone.PhoneRecognizer;
import org.piishield.testing.EngineInvariants;

/** Randomised engine invariants over the generic and phone recognizers together (seed printed on failure). */
class GenericAndPhoneInvariantsTest {

  private static List<org.piishield.detect.Recognizer> recognizers() {
    return List.of(new EmailRecognizer(), new UrlRecognizer(), new IpAddressRecognizer(),
        new CreditCardRecognizer(), new SocialHandleRecognizer(), new DateRecognizer(), new PhoneRecognizer());
  }

  @Test
  void checkRandomText_defaultThreshold_keepsInvariants() {
    EngineInvariants.checkRandomText(PiiEngine.newBuilder().recognizers(recognizers()).build(), 300);
  }

  @Test
  void checkRandomText_everyCandidate_keepsInvariants() {
    PiiEngine engine = PiiEngine.newBuilder().recognizers(recognizers()).scoreThreshold(0).build();
    EngineInvariants.checkRandomText(engine, 300);
  }
}
