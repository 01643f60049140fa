package org.piishield.registry.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {

  @Test
  void write_unsortedMap_sortsKeysWithoutWhitespace() {
    assertEquals("{\"a\":\"1\",\"b\":\"2\"}", CanonicalJson.write(Map.of("b", "2", "a", "1")));
    assertEquals("{}", CanonicalJson.write(Map.of()));
  }

  @Test
  void write_quotesBackslashesAndControls_escapesOnlyThose() {
    assertEquals("{\"k\":\"a\\\"b\\\\c\\u000a/é\"}", CanonicalJson.write(Map.of("k", "a\"b\\c\n/é")));
  }

  @Test
  void parse_randomMaps_roundTrip() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    for (int i = 0; i < 500; i++) {
      Map<String, String> m = new HashMap<>();
      for (int k = r.nextInt(5); k > 0; k--) {
        m.put(randomText(r), randomText(r));
      }
      String text = CanonicalJson.write(m);
      assertEquals(m, CanonicalJson.parse(text), () -> "seed " + seed);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "not json", "{\"b\":\"1\",\"a\":\"2\"}", "{ \"a\":\"1\"}", "{\"a\":1}",
      "{\"a\":\"\\n\"}", "{\"a\":\"1\"}x", "{\"a\":\"\\u00e9\"}"})
  void parse_nonCanonical_throwsWithoutQuotingInput(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse(text));
    assertEquals("attributes are not canonical JSON", e.getMessage());
  }

  private static String randomText(Random r) {
    StringBuilder b = new StringBuilder();
    for (int n = r.nextInt(6); n > 0; n--) {
      b.append((char) (r.nextBoolean() ? r.nextInt(0x80) : r.nextInt(0xD800)));
    }
    return b.toString();
  }
}
