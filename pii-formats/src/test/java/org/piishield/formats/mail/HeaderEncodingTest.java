package org.piishield.formats.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.junit.jupiter.api.Test;

/** What the writer emits decodes (with mime4j's decoders) to exactly what went in, within line limits. */
class HeaderEncodingTest {

  @Test
  void field_longNonAsciiValue_splitIntoShortWordsDecodingBack() {
    String value = "Informe de " + "Núñez Peña ".repeat(12) + "<a@example.net>";
    String f = HeaderEncoding.field("Subject", value);

    for (String line : f.split("\r\n")) {
      assertTrue(line.length() <= 78, line);
    }
    String unfolded = f.substring("Subject:".length()).replace("\r\n", "").strip();
    assertEquals(value, DecoderUtil.decodeEncodedWords(unfolded, DecodeMonitor.STRICT));
  }

  @Test
  void field_ascii_keptVerbatimAndFoldedAtSpaces() {
    String value = "a1@example.net, a2@example.net, a3@example.net, a4@example.net, a5@example.net";
    assertEquals("To: a1@example.net, a2@example.net, a3@example.net, a4@example.net,\r\n a5@example.net\r\n",
        HeaderEncoding.field("To", value));
  }

  @Test
  void fileNameParameter_nonAscii_rfc2231() {
    assertEquals("filename*=UTF-8''Informe%20N%C3%BA%C3%B1ez.pdf",
        HeaderEncoding.fileNameParameter("filename", "Informe Núñez.pdf"));
    assertEquals("filename=\"a \\\"b\\\".pdf\"", HeaderEncoding.fileNameParameter("filename", "a \"b\".pdf"));
  }

  @Test
  void quotedPrintable_specialsAndLongLines_decodeBack() throws Exception {
    String text = "Peña = ok \nline with trailing space \n" + "x".repeat(200) + "\nend";
    String qp = TransferEncoding.quotedPrintable(text);

    for (String line : qp.split("\r\n")) {
      assertTrue(line.length() <= 76, line);
    }
    assertTrue(qp.startsWith("Pe=C3=B1a =3D ok=20\r\n"), qp);
    byte[] decoded = new QuotedPrintableInputStream(new ByteArrayInputStream(qp.getBytes(StandardCharsets.US_ASCII)))
        .readAllBytes();
    assertEquals(text.replace("\n", "\r\n") + "\r\n", new String(decoded, StandardCharsets.UTF_8));
  }
}
