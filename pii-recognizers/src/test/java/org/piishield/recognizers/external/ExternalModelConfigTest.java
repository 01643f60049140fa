package org.piishield.recognizers.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;

class ExternalModelConfigTest {

  private static final String TYPES = "\"types\": {\"PER\": \"PERSON\"}";

  @TempDir
  Path dir;

  private static String error(String json) {
    return assertThrows(IllegalArgumentException.class, () -> ExternalModelConfig.parse(json, "model.json"))
        .getMessage();
  }

  @Test
  void load_fullFile_readsEveryField() throws IOException {
    Path file = dir.resolve("model.json");
    Files.writeString(file, "{\"name\": \"spacy_ner\", \"url\": \"http://localhost:8000/ner\", \"timeoutMillis\": 2500,"
        + " \"maxChars\": 4000, \"languages\": [\"en\", \"es\"], \"types\": {\"PER\": \"PERSON\", \"LOC\": \"location\"},"
        + " \"ignoreTypes\": [\"MISC\"], \"defaultScore\": 0.6, \"offsets\": \"codepoints\"}");

    ExternalModelConfig c = ExternalModelConfig.load(file);

    assertEquals("spacy_ner", c.name());
    assertEquals("http://localhost:8000/ner", c.url().toString());
    assertEquals(Duration.ofMillis(2500), c.timeout());
    assertEquals(4000, c.maxChars());
    assertEquals(Set.of(Language.EN, Language.ES), c.languages());
    assertEquals(Map.of("PER", EntityType.PERSON, "LOC", EntityType.LOCATION), c.types());
    assertEquals(Set.of("MISC"), c.ignoreTypes());
    assertEquals(0.6, c.defaultScore(), 1e-9);
    assertTrue(c.codePointOffsets());
    assertFalse(c.allowRemote());
  }

  @Test
  void parse_minimalFile_takesDefaults() {
    ExternalModelConfig c = ExternalModelConfig.parse("{\"url\": \"http://127.0.0.1:8000/ner\", " + TYPES + "}", "m");

    assertEquals("external_model", c.name());
    assertEquals(Duration.ofMillis(5000), c.timeout());
    assertEquals(10_000, c.maxChars());
    assertEquals(Set.of(Language.EN), c.languages());
    assertEquals(0.85, c.defaultScore(), 1e-9);
    assertFalse(c.codePointOffsets());
  }

  @Test
  void parse_remoteUrl_isRefusedUnlessAllowRemote() {
    for (String url : new String[] {"http://10.0.0.5:8000/ner", "https://ner.example.org/ner",
        "http://127.example.org/ner", "http://0.0.0.0:8000/ner"}) {
      String msg = error("{\"url\": \"" + url + "\", " + TYPES + "}");
      assertTrue(msg.startsWith("model.json: field 'url': host '"), msg);
      assertTrue(msg.contains("\"allowRemote\": true"), msg);
    }

    ExternalModelConfig c = ExternalModelConfig.parse(
        "{\"url\": \"https://ner.example.org/ner\", \"allowRemote\": true, " + TYPES + "}", "m");
    assertTrue(c.allowRemote());
  }

  @Test
  void isLoopback_loopbackHosts_areThisMachine() {
    assertTrue(ExternalModelConfig.isLoopback("localhost"));
    assertTrue(ExternalModelConfig.isLoopback("127.0.0.1"));
    assertTrue(ExternalModelConfig.isLoopback("127.8.9.10"));
    assertTrue(ExternalModelConfig.isLoopback("[::1]"));
    assertFalse(ExternalModelConfig.isLoopback("128.0.0.1"));
    assertFalse(ExternalModelConfig.isLoopback("localhost.example.org"));
    assertFalse(ExternalModelConfig.isLoopback("[::2]"));
  }

  @Test
  void parse_badFields_nameFileAndField() {
    String url = "\"url\": \"http://127.0.0.1:8000/ner\", ";
    assertEquals("model.json: field 'url': missing (e.g. \"http://127.0.0.1:8000/ner\")", error("{" + TYPES + "}"));
    assertTrue(error("{\"url\": \"ftp://127.0.0.1/ner\", " + TYPES + "}").startsWith("model.json: field 'url': "));
    assertTrue(error("{" + url + "\"types\": {}}").startsWith("model.json: field 'types': "));
    assertTrue(error("{" + url + "\"types\": {\"PER\": \"per son\"}}").startsWith("model.json: field 'types': "));
    assertEquals("model.json: field 'timeoutMillis': must be a whole number from 1 to 600000, was -5",
        error("{" + url + TYPES + ", \"timeoutMillis\": -5}"));
    assertTrue(error("{" + url + TYPES + ", \"maxChars\": 3}").startsWith("model.json: field 'maxChars': "));
    assertTrue(error("{" + url + TYPES + ", \"languages\": [\"fr\"]}").startsWith("model.json: field 'languages': "));
    assertTrue(error("{" + url + TYPES + ", \"defaultScore\": 2}").startsWith("model.json: field 'defaultScore': "));
    assertTrue(error("{" + url + TYPES + ", \"offsets\": \"bytes\"}").startsWith("model.json: field 'offsets': "));
    assertTrue(error("{" + url + TYPES + ", \"allowRemote\": \"yes\"}").startsWith("model.json: field 'allowRemote': "));
    assertTrue(error("{" + url + TYPES + ", \"name\": \"My Model\"}").startsWith("model.json: field 'name': "));
    assertTrue(error("{" + url + TYPES + ", \"allowremote\": true}").startsWith("model.json: unknown field 'allowremote'"));
    assertTrue(error("{" + url + TYPES).startsWith("model.json: not valid JSON: "));
    assertTrue(error("[]").startsWith("model.json: expected a JSON object"));
  }

  @Test
  void load_missingFile_namesIt() {
    Path file = dir.resolve("absent.json");
    String msg = assertThrows(IllegalArgumentException.class, () -> ExternalModelConfig.load(file)).getMessage();

    assertEquals(file + ": cannot read: NoSuchFileException", msg);
  }
}
