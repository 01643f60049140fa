package org.piishield.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.piishield.redact.AppliedRedaction;

/**
 * The CSV log of a {@code redact} run: one row per span acted on, with offsets into the original file (for a
 * PDF, into its extracted text, as {@code shield scan} reports them). It
 * never holds the original value, so it can travel with the release (e.g. to build a Vaughn index).
 *
 * <pre>
 * source,start,end,type,operator,exemption,score,recognizer
 * examples/memo.txt,212,233,EMAIL,replace,"(b)(6)",0.90,email
 * </pre>
 *
 * Fields holding a comma, quote or line break are quoted (RFC 4180). Not thread-safe; the caller owns the writer.
 */
final class RedactionLog {

  static final String HEADER = "source,start,end,type,operator,exemption,score,recognizer";

  private final Writer out;

  RedactionLog(Writer out) throws IOException {
    this.out = out;
    out.write(HEADER);
    out.write('\n');
  }

  void append(String source, List<AppliedRedaction> applied) throws IOException {
    StringBuilder sb = new StringBuilder(applied.size() * 64);
    for (AppliedRedaction a : applied) {
      field(source, sb).append(',').append(a.start()).append(',').append(a.end()).append(',');
      field(a.type().id(), sb).append(',');
      field(a.operator(), sb).append(',');
      field(a.exemption() == null ? "" : a.exemption(), sb).append(',');
      sb.append(Scores.format(a.score())).append(',');
      field(a.recognizer(), sb).append('\n');
    }
    out.write(sb.toString());
  }

  static StringBuilder field(String value, StringBuilder sb) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      return sb.append(value);
    }
    sb.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      sb.append(c == '"' ? "\"\"" : String.valueOf(c));
    }
    return sb.append('"');
  }
}
