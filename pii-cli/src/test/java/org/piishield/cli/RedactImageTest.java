package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shield redact} and {@code shield verify} on the shipped phone photo of a Spanish flyer
 * ({@code examples/flyer-photo.jpg}, synthetic, with EXIF GPS), read back with the {@code tesseract} command.
 */
class RedactImageTest {

  static final String PHOTO = "../examples/flyer-photo.jpg";
  /** Public-domain NASA portrait (see pii-formats/src/test/resources/test-documents/README.md). */
  static final String PORTRAIT = "../pii-formats/src/test/resources/test-documents/portrait_nasa_public_domain.jpg";

  @TempDir
  Path dir;

  @Test
  void redact_foiaFlyerPhoto_burnsNameAddressPhoneDropsMetadataAndVerifies() throws Exception {
    Path out = dir.resolve("out");

    Shield.Result r = Shield.run("redact", "--policy", "foia", "--out", out.toString(), PHOTO);

    assertEquals(0, r.exitCode(), r::toString);
    Path copy = out.resolve("flyer-photo.jpg");
    assertTrue(r.out().contains(PHOTO + " -> " + copy + " (3 spans)"), r::toString);
    String log = Files.readString(out.resolve(RedactCommand.DEFAULT_LOG_NAME));
    assertTrue(log.contains(",PERSON,replace,") && log.contains(",US_STREET_ADDRESS,replace,")
        && log.contains(",PHONE_NUMBER,replace,"), log);
    assertFalse(log.contains("Ruiz") || log.contains("Pine") || log.contains("555"), log);
    String text = squeeze(tesseract(copy));
    for (String gone : List.of("Carlos", "Ruiz", "1520", "Pine Street", "97301", "555-0123")) {
      assertFalse(text.contains(squeeze(gone)), () -> "still readable: " + gone + " in " + text);
    }
    for (String kept : List.of("VECINOS", "Reunión el sábado a las seis en la plaza", "Compartan este aviso")) {
      assertTrue(text.contains(squeeze(kept)), () -> "no longer readable: " + kept + " in " + text);
    }
    String bytes = new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1);
    assertTrue(new String(Files.readAllBytes(Path.of(PHOTO)), StandardCharsets.ISO_8859_1).contains("Exif"));
    assertFalse(bytes.contains("Exif") || bytes.contains("ns.adobe.com"), "metadata left in the copy");

    Shield.Result v = Shield.run("verify", copy.toString(), "--log", out.resolve(RedactCommand.DEFAULT_LOG_NAME).toString());

    assertEquals(0, v.exitCode(), v::toString);
  }

  @Test
  void redact_keepFacePolicy_portraitFaceLeftAlone() throws Exception {
    Path policy = dir.resolve("keep-faces.json");
    Files.writeString(policy, "{\"name\": \"keep-faces\", \"default\": {\"operator\": \"replace\", \"text\": \"X\"},"
        + " \"types\": {\"FACE\": {\"operator\": \"keep\"}}}");
    Path photo = Path.of(PORTRAIT);

    Shield.Result kept = Shield.run("redact", "--policy", policy.toString(), "--out", dir.resolve("a").toString(),
        photo.toString());
    Shield.Result withheld = Shield.run("redact", "--policy", "foia", "--out", dir.resolve("b").toString(),
        photo.toString());

    assertEquals(0, kept.exitCode(), kept::toString);
    assertTrue(kept.out().contains("(0 spans)"), kept::toString);
    assertEquals(0, withheld.exitCode(), withheld::toString);
    assertTrue(withheld.out().contains("(0 spans, 1 face)"), withheld::toString);
  }

  static String tesseract(Path image) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", "eng+spa")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("tesseract failed on " + image);
    }
    return text;
  }

  static String squeeze(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}|\\s+", "")
        .toLowerCase(java.util.Locale.ROOT);
  }
}
