package org.piishield.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.piishield.detect.Detection;

/**
 * A table for people: per document a heading, then one row per finding with line:column, offsets, type,
 * score and recognizer (and the text with {@code --show-text}), and a summary at the end:
 *
 * <pre>
 * examples/memo.txt: 2 findings
 *   LINE:COL   START    END  TYPE                SCORE  RECOGNIZER
 *   4:9           41     64  EMAIL               0.90   email
 * </pre>
 */
final class TextFindingsPrinter implements FindingsPrinter {

  private static final int MAX_SHOWN = 60;

  private final PrintWriter out;
  private final boolean showText;

  TextFindingsPrinter(PrintWriter out, boolean showText) {
    this.out = out;
    this.showText = showText;
  }

  @Override
  public void begin() {
    // no header: every document has its own
  }

  @Override
  public void document(String source, String original, List<Detection> findings) {
    int n = findings.size();
    out.print(source + ": " + (n == 0 ? "no findings" : n == 1 ? "1 finding" : n + " findings") + "\n");
    if (n > 0) {
      out.print(String.format(Locale.ROOT, "  %-9s %6s %6s  %-19s %-6s %s%s", "LINE:COL", "START", "END", "TYPE",
          "SCORE", "RECOGNIZER", showText ? "       TEXT" : "").stripTrailing() + "\n");
    }
    int line = 1;
    int lineStart = 0;
    int pos = 0;
    for (Detection d : findings) {
      for (; pos < d.start(); pos++) {
        if (original.charAt(pos) == '\n') {
          line++;
          lineStart = pos + 1;
        }
      }
      String where = line + ":" + (d.start() - lineStart + 1);
      String row = String.format(Locale.ROOT, "  %-9s %6d %6d  %-19s %-6s %-16s", where, d.start(), d.end(),
          d.type().id(), Scores.format(d.score()), d.recognizer());
      out.print((showText ? row + " " + shown(original, d.start(), d.end()) : row.stripTrailing()) + "\n");
    }
    out.flush();
  }

  @Override
  public void end(int documents, int findings, int errors) {
    out.print(String.format(Locale.ROOT, "%d document%s, %d finding%s%s\n", documents, documents == 1 ? "" : "s",
        findings, findings == 1 ? "" : "s", errors == 0 ? "" : ", " + errors + " input error" + (errors == 1 ? "" : "s")));
    out.flush();
  }

  /** The span quoted on one line: line breaks and tabs as spaces, long spans cut with an ellipsis. */
  static String shown(String text, int start, int end) {
    StringBuilder sb = new StringBuilder("\"");
    int stop = Math.min(end, start + MAX_SHOWN);
    for (int i = start; i < stop; i++) {
      char c = text.charAt(i);
      sb.append(Character.isWhitespace(c) ? ' ' : c);
    }
    if (stop < end) {
      sb.append('…');
    }
    return sb.append('"').toString();
  }
}
