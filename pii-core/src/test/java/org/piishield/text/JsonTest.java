package org.piishield.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void parse_nestedDocument_returnsMapsListsAndScalars() {
    Object v = Json.parse("{\"a\": [1, 2.5, true, null, \"x\\u00e9\\n\"], \"b\": {}}");
    assertEquals(Map.of("a", java.util.Arrays.asList(1L, 2.5, true, null, "xé\n"), "b", Map.of()), v);
  }

  @Test
  void quote_controlAndQuoteChars_areEscaped() {
    assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", Json.quote("a\"b\\c\n\u0001"));
    assertEquals("a\"b\\c\n\u0001", Json.parse(Json.quote("a\"b\\c\n\u0001")));
  }

  @Test
  void parse_malformed_throwsIllegalArgumentWithOffset() {
    for (String bad : List.of("", "{", "[1,]", "{\"a\" 1}", "tru", "\"abc", "{\"a\":1,\"a\":2}", "01x", "[1] 2",
        "\"\\q\"", "-", "1e999")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
      assertEquals(true, e.getMessage().contains("offset"), bad);
    }
  }

  @Test
  void parse_deepNesting_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[".repeat(100) + "]".repeat(100)));
  }

  @Test
  void parse_fuzzedInput_throwsOnlyIllegalArgument() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    String alphabet = "{}[]\":,.-+eE0123456789 truefalsnl\\u\n\tabc";
    String valid = "{\"name\":\"x\",\"types\":{\"PERSON\":{\"operator\":\"mask\",\"count\":3}},\"n\":[1,2.5e3,null]}";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder(valid);
      int edits = 1 + r.nextInt(4);
      for (int k = 0; k < edits && sb.length() > 0; k++) {
        int pos = r.nextInt(sb.length());
        switch (r.nextInt(3)) {
          case 0 -> sb.deleteCharAt(pos);
          case 1 -> sb.insert(pos, alphabet.charAt(r.nextInt(alphabet.length())));
          default -> sb.setCharAt(pos, alphabet.charAt(r.nextInt(alphabet.length())));
        }
      }
      String s = sb.toString();
      try {
        Json.parse(s);
      } catch (IllegalArgumentException expected) {
        // fine
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + e + " for input " + s, e);
      }
    }
  }
}
