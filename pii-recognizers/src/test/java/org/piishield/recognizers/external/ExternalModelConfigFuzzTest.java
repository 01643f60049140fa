package org.piishield.recognizers.external;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated configuration files: the parser either accepts them or throws {@link IllegalArgumentException} naming the
 * file, nothing else (STYLE.md, "Fuzzing").
 */
class ExternalModelConfigFuzzTest {

  private static final String VALID = "{\"name\": \"ner\", \"url\": \"http://127.0.0.1:8000/ner\", \"timeoutMillis\": 2500,"
      + " \"maxChars\": 4000, \"languages\": [\"en\", \"es\"], \"types\": {\"PER\": \"PERSON\", \"LOC\": \"LOCATION\"},"
      + " \"ignoreTypes\": [\"MISC\"], \"defaultScore\": 0.6, \"offsets\": \"codepoints\", \"allowRemote\": false}";
  private static final String PIECES = "{}[]\":,0123456789-.e truefalsenull\\u[::1]http://localhost";

  @Test
  void parse_mutatedFiles_throwOnlyIllegalArgumentNamingTheFile() {
    long seed = 0x5EED_0005L;
    Random random = new Random(seed);
    int accepted = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder(VALID);
      int edits = 1 + random.nextInt(4);
      for (int k = 0; k < edits; k++) {
        int at = random.nextInt(sb.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> sb.insert(at, PIECES.charAt(random.nextInt(PIECES.length())));
          case 1 -> { if (at < sb.length()) sb.deleteCharAt(at); }
          default -> { if (at < sb.length()) sb.setCharAt(at, PIECES.charAt(random.nextInt(PIECES.length()))); }
        }
      }
      String json = sb.toString();
      try {
        ExternalModelConfig.parse(json, "fuzz.json");
        accepted++;
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage().startsWith("fuzz.json: "), "seed " + seed + " case " + i + ": " + e.getMessage());
      } catch (RuntimeException e) {
        fail("seed " + seed + " case " + i + ": " + e + " for " + json);
      }
    }
    assertTrue(accepted > 0, "no mutation was accepted: the fuzzer only exercised the JSON reader");
  }
}
