package org.piishield.formats.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.extract.ExtractionException;

/** {@link EmlVerifier} finds a value however the message encodes it, and nothing in a clean message. */
class EmlVerifierTest {

  private static final List<WithheldValue> PEREZ = List.of(new WithheldValue(1, "PERSON", "José Pérez", "(b)(6)"));

  @TempDir
  Path dir;

  private List<String> residues(String message) throws Exception {
    Path eml = Files.write(dir.resolve("m.eml"), message.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
    return new EmlVerifier().verify(eml, PEREZ).residues();
  }

  private static String row(String where) {
    return "withheld value of row 1 (PERSON) still extractable (" + where + ")";
  }

  @Test
  void verify_valueEncodedEachWay_found() throws Exception {
    assertEquals(List.of(row("eml-headers")),
        residues("From: =?UTF-8?Q?Jos=C3=A9?= =?UTF-8?B?IFDDqXJleg==?= <a@example.net>\n\nHi\n"));
    assertEquals(List.of(row("eml-text")), residues("""
        From: a@example.net
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: quoted-printable

        Ask Jos=C3=A9 P=
        =C3=A9rez.
        """));
    assertEquals(List.of(row("eml-headers")), residues("""
        From: a@example.net
        Content-Type: multipart/mixed; boundary="b"

        --b
        Content-Type: application/octet-stream
        Content-Disposition: attachment; filename*=UTF-8''Jos%C3%A9%20P%C3%A9rez.bin

        xyz
        --b--
        """).subList(0, 1));
    assertEquals(List.of(row("eml-text")), residues("""
        From: a@example.net
        Content-Type: message/rfc822

        From: b@example.net
        Content-Type: text/plain; charset=ISO-8859-1
        Content-Transfer-Encoding: base64

        Sm9z6SBQ6XJleg==
        """));
  }

  @Test
  void verify_htmlBodyAttribute_foundAsBodyCheck() throws Exception {
    List<String> r = residues("""
        From: a@example.net
        Content-Type: text/html; charset=UTF-8

        <p>Hi</p><img alt="Jos&eacute; P&eacute;rez">
        """);
    assertTrue(r.contains(row("body 1 html-attributes")), r.toString());
  }

  @Test
  void verify_cleanAndNearMiss_pass() throws Exception {
    assertEquals(List.of(), residues("""
        From: [(b)(6)] <a@example.net>
        Subject: =?UTF-8?Q?Jos=C3=A9?= Perales

        Jose P. and Pérez Ltd. wrote back.
        """));
  }

  @Test
  void verify_notAMessage_refused() throws Exception {
    Path f = Files.write(dir.resolve("x.eml"), new byte[] {'\r', '\n', 'h', 'i'});
    ExtractionException e = assertThrows(ExtractionException.class, () -> new EmlVerifier().verify(f, PEREZ));
    assertEquals("not an e-mail message: no header fields", e.getMessage());
  }
}
