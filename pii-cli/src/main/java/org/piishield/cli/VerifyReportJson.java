package org.piishield.cli;

import java.util.List;
import org.piishield.formats.verify.CheckResult;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.text.Json;

/**
 * The machine-readable report of {@code shield verify --report FILE}: one JSON object with the log, whether
 * pdftotext was available, and per output file its SHA-256, its source's SHA-256, the number of withheld values
 * searched for, and every check with pass/fail and its residue count and messages. Never holds a value:
 *
 * <pre>{@code
 * {"log":"out/redaction-log.csv","pdftotext":true,"passed":false,"files":[
 * {"output":"out/memo.pdf","outputSha256":"9f…","source":"in/memo.pdf","inputSha256":"c1…","withheld":3,
 *  "passed":false,"checks":[{"name":"pdftotext","ran":true,"passed":false,"residues":1,
 *  "messages":["withheld value of row 2 (EMAIL) still extractable (pdftotext)"]},…],"notes":[]}]}
 * }</pre>
 *
 * Not thread-safe.
 */
final class VerifyReportJson {

  private final StringBuilder files = new StringBuilder();
  private boolean passed = true;

  /** Adds one verified file; {@code source} and {@code inputSha256} are null when the output had no log rows. */
  void file(String output, String outputSha256, String source, String inputSha256, int withheld,
      VerificationReport report) {
    passed &= report.passed();
    if (files.length() > 0) {
      files.append(",\n");
    }
    files.append("{\"output\":");
    Json.quote(output, files).append(",\"outputSha256\":");
    quoteOrNull(outputSha256);
    files.append(",\"source\":");
    quoteOrNull(source);
    files.append(",\"inputSha256\":");
    quoteOrNull(inputSha256);
    files.append(",\"withheld\":").append(withheld).append(",\"passed\":").append(report.passed())
        .append(",\"checks\":[");
    List<CheckResult> checks = report.checks();
    for (int i = 0; i < checks.size(); i++) {
      CheckResult c = checks.get(i);
      files.append(i == 0 ? "" : ",").append("{\"name\":");
      Json.quote(c.name(), files).append(",\"ran\":").append(c.ran()).append(",\"passed\":").append(c.passed())
          .append(",\"residues\":").append(c.residues().size()).append(",\"messages\":");
      strings(c.residues());
      files.append('}');
    }
    files.append("],\"notes\":");
    strings(report.notes());
    files.append('}');
  }

  /** An output that could not be verified (named on stderr too). */
  void failed() {
    passed = false;
  }

  String toJson(String log, boolean pdftotext) {
    StringBuilder sb = new StringBuilder(files.length() + 128).append("{\"log\":");
    Json.quote(log, sb).append(",\"pdftotext\":").append(pdftotext).append(",\"passed\":").append(passed)
        .append(",\"files\":[\n").append(files).append("]}\n");
    return sb.toString();
  }

  private void quoteOrNull(String s) {
    if (s == null) {
      files.append("null");
    } else {
      Json.quote(s, files);
    }
  }

  private void strings(List<String> list) {
    files.append('[');
    for (int i = 0; i < list.size(); i++) {
      Json.quote(list.get(i), files.append(i == 0 ? "" : ","));
    }
    files.append(']');
  }
}
