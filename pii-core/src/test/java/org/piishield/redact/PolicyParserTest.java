package org.piishield.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.piishield.detect.EntityType;

class PolicyParserTest {

  private static final byte[] KEY = new byte[32];

  @Test
  void parse_fullPolicy_buildsTypedRules() {
    Policy p = PolicyParser.parse("""
        {"name": "office",
         "default": {"operator": "replace", "exemption": "(b)(6)"},
         "types": {
           "person": {"operator": "replace", "text": "(b)(6)", "exemption": "(b)(6)", "minScore": 0.6},
           "US_SSN": {"operator": "mask", "char": "#", "count": 5},
           "EMAIL": {"operator": "hash", "hexChars": 12},
           "DATE": {"operator": "keep"},
           "PHONE_NUMBER": {"operator": "pseudonym", "prefix": "TEL"},
           "URL": {"operator": "redact"}}}
        """, "office.json", KEY);
    assertEquals("office", p.name());
    assertEquals(new ReplaceSpec("(b)(6)"), p.rule(EntityType.PERSON).operator());
    assertEquals(0.6, p.rule(EntityType.PERSON).minScore());
    assertEquals(new MaskSpec('#', 5, MaskSpec.From.START), p.rule(EntityType.US_SSN).operator());
    assertEquals(12, ((HashSpec) p.rule(EntityType.EMAIL).operator()).hexChars());
    assertInstanceOf(KeepSpec.class, p.rule(EntityType.DATE).operator());
    assertEquals(new PseudonymSpec("TEL"), p.rule(EntityType.PHONE_NUMBER).operator());
    assertInstanceOf(RedactSpec.class, p.rule(EntityType.URL).operator());
    assertEquals(new ReplaceSpec(null), p.rule(EntityType.VIN).operator());
    assertEquals("(b)(6)", p.rule(EntityType.VIN).exemption());
  }

  @Test
  void parse_errors_nameTheProblem() {
    assertMessage("{\"types\": {\"PERSON\": {\"operator\": \"blur\"}}}", "unknown operator \"blur\"");
    assertMessage("{\"types\": {\"PERSON\": {\"operatr\": \"mask\"}}}", "unknown key \"operatr\"");
    assertMessage("{\"default\": {\"operator\": \"mask\", \"count\": 0}}", "count");
    assertMessage("{\"default\": {\"operator\": \"replace\", \"minScore\": 2}}", "minScore");
    assertMessage("{\"types\": {\"bad-type\": {\"operator\": \"keep\"}}}", "bad entity type");
    assertMessage("[1]", "expected an object");
    assertMessage("{\"name\": ", "not valid JSON");
  }

  @Test
  void parse_hashWithoutKey_explainsWhereTheKeyComesFrom() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PolicyParser.parse("{\"default\": {\"operator\": \"hash\"}}", "p", null));
    assertTrue(e.getMessage().contains("SHIELD_HASH_KEY"), e.getMessage());
  }

  @Test
  void named_builtIns_allLoad() {
    for (String name : Policy.BUILT_IN) {
      Policy p = Policy.named(name, null);
      assertEquals(name, p.name());
    }
    assertEquals("(b)(6), (b)(7)(C)", Policy.named("foia", null).rule(EntityType.PERSON).exemption());
    assertNull(Policy.named("default", null).rule(EntityType.PERSON).exemption());
  }

  @Test
  void named_unknown_listsBuiltIns() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Policy.named("strict", null));
    assertTrue(e.getMessage().contains("foia"), e.getMessage());
  }

  @Test
  void parse_fuzzedPolicies_throwOnlyIllegalArgument() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    String valid = "{\"default\":{\"operator\":\"mask\",\"char\":\"*\",\"count\":4,\"fromEnd\":true},"
        + "\"types\":{\"PERSON\":{\"operator\":\"hash\",\"hexChars\":16,\"minScore\":0.5}}}";
    String alphabet = "{}[]\":,.-0123456789 truefalsnl\\\"operatorcounthexCharsminScore";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder(valid);
      for (int k = 0, edits = 1 + r.nextInt(3); k < edits && sb.length() > 0; k++) {
        int pos = r.nextInt(sb.length());
        switch (r.nextInt(3)) {
          case 0 -> sb.deleteCharAt(pos);
          case 1 -> sb.insert(pos, alphabet.charAt(r.nextInt(alphabet.length())));
          default -> sb.setCharAt(pos, alphabet.charAt(r.nextInt(alphabet.length())));
        }
      }
      try {
        PolicyParser.parse(sb.toString(), "fuzz", r.nextBoolean() ? KEY : null);
      } catch (IllegalArgumentException expected) {
        // fine
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + e + " for " + sb, e);
      }
    }
  }

  private static void assertMessage(String json, String fragment) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PolicyParser.parse(json, "p.json", KEY));
    assertTrue(e.getMessage().contains(fragment), () -> "message '" + e.getMessage() + "' lacks '" + fragment + "'");
  }
}
