package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piishield.detect.EntityType;
import org.piishield.redact.AppliedRedaction;

class RedactionLogTest {

  @Test
  void append_fieldsWithCommasAndQuotes_areQuotedRfc4180() throws IOException {
    StringWriter w = new StringWriter();
    RedactionLog log = new RedactionLog(w);

    log.append("dir/a \"b\", c.txt", List.of(
        new AppliedRedaction(3, 9, EntityType.PERSON, "replace", "(b)(6), (b)(7)(C)", 0.85, "person_name", 3, 20),
        new AppliedRedaction(12, 20, EntityType.EMAIL, "keep", null, 0.9, "email", 24, 32)));

    assertEquals(RedactionLog.HEADER + "\n"
        + "\"dir/a \"\"b\"\", c.txt\",3,9,PERSON,replace,\"(b)(6), (b)(7)(C)\",0.85,person_name\n"
        + "\"dir/a \"\"b\"\", c.txt\",12,20,EMAIL,keep,,0.90,email\n", w.toString());
  }
}
