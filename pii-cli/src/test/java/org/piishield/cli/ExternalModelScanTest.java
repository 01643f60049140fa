package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.testing.LocalNerService;
import org.piishield.text.Json;

/**
 * {@code shield scan --external-model FILE} in-process against a real HTTP server on 127.0.0.1 playing the user's
 * model ({@link LocalNerService}). The model's label is mapped to {@code MODEL_PERSON}, a type no built-in
 * recognizer reports, so {@code --entities MODEL_PERSON} shows exactly the model's findings.
 */
class ExternalModelScanTest {

  // "Agent " is 6 chars, the synthetic name "Zorba Quintanilla" 17
  private static final String MEMO = "Agent Zorba Quintanilla filed the report.\n";

  @TempDir
  Path dir;

  private Path config(String url, String extra) throws IOException {
    return write("model.json", "{\"url\": \"" + url + "\", \"types\": {\"PER\": \"MODEL_PERSON\"}" + extra + "}");
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> findings(String out) {
    List<Object> docs = (List<Object>) Json.parse(out);
    assertEquals(1, docs.size(), out);
    return (List<Map<String, Object>>) ((Map<String, Object>) docs.get(0)).get("findings");
  }

  @Test
  void scan_externalModel_reportsItsSpansAtExactOffsets() throws IOException {
    Path memo = write("memo.txt", MEMO);
    try (LocalNerService model = LocalNerService.start().phrase("Zorba Quintanilla", "PER")) {
      Path cfg = config(model.url(), "");

      Shield.Result r = Shield.run("scan", "--external-model", cfg.toString(), "--entities", "MODEL_PERSON",
          "--lang", "en", memo.toString());

      assertEquals(0, r.exitCode(), r::toString);
      List<Map<String, Object>> found = findings(r.out());
      assertEquals(1, found.size(), r::toString);
      assertEquals("MODEL_PERSON", found.get(0).get("type"));
      assertEquals(6L, found.get(0).get("start"));
      assertEquals(23L, found.get(0).get("end"));
      assertEquals("external_model", found.get(0).get("recognizer"));
      assertEquals("Zorba Quintanilla", MEMO.substring(6, 23));
      assertEquals(List.of(MEMO), model.texts());
    }
  }

  @Test
  void scan_configFromEnvironment_isUsedWithoutTheOption() throws IOException {
    Path memo = write("memo.txt", MEMO);
    try (LocalNerService model = LocalNerService.start().phrase("Zorba Quintanilla", "PER")) {
      Path cfg = config(model.url(), "");

      Shield.Result r = Shield.runWith("", Map.of("SHIELD_EXTERNAL_MODEL", cfg.toString()), "scan", "--entities",
          "MODEL_PERSON", "--lang", "en", memo.toString());

      assertEquals(0, r.exitCode(), r::toString);
      assertEquals(1, findings(r.out()).size(), r::toString);
    }
  }

  @Test
  void scan_serviceDown_namesDocumentAndServiceNotTextAndExits3() throws IOException {
    Path memo = write("memo.txt", MEMO);
    String url;
    try (LocalNerService model = LocalNerService.start()) {
      url = model.url();
    }
    Path cfg = config(url, "");

    Shield.Result r = Shield.run("scan", "--external-model", cfg.toString(), "--lang", "en", memo.toString());

    assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
    assertTrue(r.err().contains("shield: " + memo + ": external model 'external_model' at " + url
        + ": connection refused (is the service running?); skipped"), r::toString);
    assertFalse(r.err().contains("Zorba") || r.out().contains("Zorba"), r::toString);
    assertFalse(r.out().contains(memo.toString()), "the failed document must not be reported as scanned: " + r);
  }

  @Test
  void redact_badModelAnswer_writesNoCopyAndExits3() throws IOException {
    Path memo = write("memo.txt", MEMO);
    Path out = dir.resolve("out");
    try (LocalNerService model = LocalNerService.start().answer(200, "[{\"start\":6,\"end\":400,\"type\":\"PER\"}]")) {
      Path cfg = config(model.url(), "");

      Shield.Result r = Shield.run("redact", "--external-model", cfg.toString(), "--lang", "en", "--out",
          out.toString(), memo.toString());

      assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
      assertTrue(r.err().contains("span 0 [6, 400) is not inside the 42 chars sent"), r::toString);
      assertFalse(Files.exists(out.resolve("memo.txt")), r::toString);
    }
  }

  @Test
  void explain_externalModel_showsItsFindingAndFailureExits3() throws IOException {
    try (LocalNerService model = LocalNerService.start().phrase("Zorba Quintanilla", "PER")) {
      Path cfg = config(model.url(), "");

      Shield.Result r = Shield.run("explain", "--external-model", cfg.toString(), "--lang", "en", "--text", MEMO);

      assertEquals(0, r.exitCode(), r::toString);
      assertTrue(r.out().contains("KEPT  [6, 23) MODEL_PERSON 0.90"), r::toString);
      assertTrue(r.out().contains("external_model: pattern=model score 0.90"), r::toString);

      model.answer(503, "[]");
      Shield.Result failed = Shield.run("explain", "--external-model", cfg.toString(), "--lang", "en", "--text", MEMO);

      assertEquals(ExitCode.INPUT, failed.exitCode(), failed::toString);
      assertTrue(failed.err().contains("shield: --text: external model 'external_model' at " + model.url()
          + ": answered HTTP 503 instead of 200"), failed::toString);
    }
  }

  @Test
  void scan_remoteUrlInConfig_isUsageErrorNamingFileAndField() throws IOException {
    Path memo = write("memo.txt", MEMO);
    Path cfg = config("http://ner.example.org:8000/ner", "");

    Shield.Result r = Shield.run("scan", "--external-model", cfg.toString(), memo.toString());

    assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
    assertTrue(r.err().contains("--external-model: " + cfg + ": field 'url': host 'ner.example.org' is not this "
        + "machine"), r::toString);
  }

  @Test
  void scan_missingOrBadConfig_isUsageErrorNamingIt() throws IOException {
    Path memo = write("memo.txt", MEMO);
    Path absent = dir.resolve("absent.json");

    Shield.Result missing = Shield.run("scan", "--external-model", absent.toString(), memo.toString());
    Shield.Result bad = Shield.run("scan", "--external-model", config("http://127.0.0.1:1/ner",
        ", \"timeoutMillis\": \"soon\"").toString(), memo.toString());

    assertEquals(ExitCode.USAGE, missing.exitCode(), missing::toString);
    assertTrue(missing.err().contains("--external-model: no such file: " + absent), missing::toString);
    assertEquals(ExitCode.USAGE, bad.exitCode(), bad::toString);
    assertTrue(bad.err().contains("model.json: field 'timeoutMillis': must be a whole number"), bad::toString);
  }
}
