package org.piishield.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piishield.formats.verify.LoggedSpan;

/**
 * Reads a {@link RedactionLog} back: the spans of each source, in log order. Row numbers are 1-based data rows
 * (the header is not counted), so {@code row 3} is the fourth line of the file.
 *
 * <pre>
 * source,start,end,type,operator,exemption,score,recognizer
 * in/memo.pdf,6,22,PERSON,replace,"(b)(6), (b)(7)(C)",0.85,person   &rarr; in/memo.pdf: LoggedSpan(1, 6, 22, PERSON, replace, (b)(6), (b)(7)(C))
 * </pre>
 */
final class RedactionLogReader {

  /** A log that is not a {@link RedactionLog}; the message names the line, never its content. */
  static final class MalformedLogException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedLogException(String message) {
      super(message);
    }
  }

  private RedactionLogReader() {}

  static Map<String, List<LoggedSpan>> read(Path log) throws IOException {
    Map<String, List<LoggedSpan>> out = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (!RedactionLog.HEADER.equals(header)) {
        throw new MalformedLogException("not a redaction log (line 1 is not '" + RedactionLog.HEADER + "')");
      }
      int row = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty()) {
          continue;
        }
        row++;
        List<String> f = fields(line, row);
        if (f.size() != 8) {
          throw new MalformedLogException("row " + row + " has " + f.size() + " fields, not 8");
        }
        try {
          LoggedSpan s = new LoggedSpan(row, Integer.parseInt(f.get(1)), Integer.parseInt(f.get(2)), f.get(3), f.get(4),
              WithheldSpans.label(f.get(5), f.get(3)));
          out.computeIfAbsent(f.get(0), k -> new ArrayList<>()).add(s);
        } catch (NumberFormatException e) {
          throw new MalformedLogException("row " + row + " has a start or end that is not a number");
        }
      }
    }
    return out;
  }

  /** RFC 4180 fields of one line (a log never holds line breaks inside a field). */
  static List<String> fields(String line, int row) throws MalformedLogException {
    List<String> out = new ArrayList<>(8);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (true) {
      sb.setLength(0);
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            throw new MalformedLogException("row " + row + " has an unterminated quoted field");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              sb.append('"');
              i++;
            } else {
              break;
            }
          } else {
            sb.append(c);
          }
        }
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          sb.append(line.charAt(i++));
        }
      }
      out.add(sb.toString());
      if (i >= line.length()) {
        return out;
      }
      if (line.charAt(i) != ',') {
        throw new MalformedLogException("row " + row + " has text after a quoted field");
      }
      i++;
    }
  }
}
