package org.piishield.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;

class RedactorTest {

  private static final String TEXT = "Ann Lee, SSN 123-45-6789, mail ann@x.org; Ann Lee again.";
  private static final List<Detection> FOUND = List.of(
      new Detection(0, 7, EntityType.PERSON, 0.9, "t", null),
      new Detection(13, 24, EntityType.US_SSN, 0.9, "t", null),
      new Detection(31, 40, EntityType.EMAIL, 0.9, "t", null),
      new Detection(42, 49, EntityType.PERSON, 0.3, "t", null));

  private static String apply(OperatorSpec spec) {
    Policy p = new Policy("t", new PolicyRule(spec, 0, null), Map.of());
    return new Redactor(p).apply(TEXT, FOUND, new PseudonymTable()).text();
  }

  @Test
  void apply_eachOperator_writesItsReplacement() {
    assertEquals("[PERSON], SSN [US_SSN], mail [EMAIL]; [PERSON] again.", apply(ReplaceSpec.typeLabel()));
    assertEquals("X, SSN X, mail X; X again.", apply(new ReplaceSpec("X")));
    assertEquals(", SSN , mail ;  again.", apply(new RedactSpec()));
    assertEquals("*****ee, SSN *****5-6789, mail *****.org; *****ee again.",
        apply(new MaskSpec('*', 5, MaskSpec.From.START)));
    assertEquals(TEXT, apply(new KeepSpec()));
    assertEquals("PERSON_1, SSN US_SSN_1, mail EMAIL_1; PERSON_1 again.", apply(PseudonymSpec.byType()));
  }

  @Test
  void apply_maskFromEnd_keepsTheStart() {
    Policy p = new Policy("t", new PolicyRule(new MaskSpec('#', 4, MaskSpec.From.END), 0, null), Map.of());
    String out = new Redactor(p).apply("123-45-6789", List.of(new Detection(0, 11, EntityType.US_SSN, 1, "t", null)),
        new PseudonymTable()).text();
    assertEquals("123-45-####", out);
  }

  @Test
  void apply_hash_isStableAndKeyed() {
    byte[] k1 = new byte[16];
    byte[] k2 = new byte[16];
    k2[0] = 1;
    String a = apply(new HashSpec(k1, 16));
    assertEquals(a, apply(new HashSpec(k1, 16)));
    String b = apply(new HashSpec(k2, 16));
    assertEquals(false, a.equals(b));
    String first = a.substring(0, 16);
    assertEquals(true, first.matches("[0-9a-f]{16}"), first);
    assertEquals(first, a.substring(a.indexOf("; ") + 2, a.indexOf("; ") + 18), "same value, same digest");
  }

  @Test
  void apply_hash_neverWritesAnAllDigitToken() {
    Policy p = new Policy("t", new PolicyRule(new HashSpec(new byte[16], 8), 0, null), Map.of());
    Redactor r = new Redactor(p);
    int allDigitInputs = 0;
    for (int i = 0; i < 3000; i++) {
      String value = "v" + i;
      String out = r.apply(value, List.of(new Detection(0, value.length(), EntityType.PERSON, 1, "t", null)),
          new PseudonymTable()).text();
      assertEquals(8, out.length());
      assertEquals(false, out.matches("[0-9]+"), "all-digit hash for input " + i);
      if (out.substring(1).matches("[0-9]+") && out.charAt(0) >= 'g') {
        allDigitInputs++;
      }
    }
    // (10/16)^8 of 3000 inputs ~ 70 digests are all digits; each must have been shifted, not dropped
    assertEquals(true, allDigitInputs > 20, "expected shifted digests, saw " + allDigitInputs);
  }

  @Test
  void apply_minScore_leavesWeakDetectionsAndDoesNotReportThem() {
    Policy p = new Policy("t", new PolicyRule(ReplaceSpec.typeLabel(), 0.5, "(b)(6)"), Map.of());
    RedactionResult r = new Redactor(p).apply(TEXT, FOUND, new PseudonymTable());
    assertEquals("[PERSON], SSN [US_SSN], mail [EMAIL]; Ann Lee again.", r.text());
    assertEquals(3, r.applied().size());
    AppliedRedaction ssn = r.applied().get(1);
    assertEquals(13, ssn.start());
    assertEquals(24, ssn.end());
    assertEquals("(b)(6)", ssn.exemption());
    assertEquals("[US_SSN]", r.text().substring(ssn.outStart(), ssn.outEnd()));
  }

  @Test
  void apply_overlappingInput_isRejected() {
    Redactor r = new Redactor(Policy.defaults());
    List<Detection> bad = List.of(new Detection(0, 5, EntityType.PERSON, 1, "t", null),
        new Detection(3, 8, EntityType.PERSON, 1, "t", null));
    assertThrows(IllegalArgumentException.class, () -> r.apply(TEXT, bad, new PseudonymTable()));
  }

  @Test
  void surrogate_sameValueDifferentCaseAndSpacing_getsSameLabel() {
    PseudonymTable t = new PseudonymTable();
    String s = "María  Peña / MARIA PENA / Ana";
    assertEquals("PERSON_1", t.surrogate("PERSON", s, 0, 11));
    assertEquals("PERSON_1", t.surrogate("PERSON", s, 14, 24));
    assertEquals("PERSON_2", t.surrogate("PERSON", s, 27, 30));
  }
}
