package org.piishield.cli;

import java.io.PrintWriter;
import org.piishield.watch.Alert;
import org.piishield.watch.AlertJson;
import org.piishield.watch.AlertText;

/**
 * Prints {@code shield watch} alerts as they come: JSON Lines (one object per line), one JSON array (opened
 * on the first alert, closed by {@link #end()}; {@code []} when there is none) or text lines. Never prints
 * matched text: alerts hold person ids, fields and offsets only.
 */
final class AlertPrinter {

  private final OutputFormat format;
  private final PrintWriter out;
  private int printed;

  AlertPrinter(OutputFormat format, PrintWriter out) {
    this.format = format;
    this.out = out;
  }

  void alert(Alert a) {
    switch (format) {
      case JSONL -> out.println(AlertJson.toJson(a));
      case JSON -> out.print((printed == 0 ? "[\n  " : ",\n  ") + AlertJson.toJson(a));
      case TEXT -> out.println(AlertText.line(a));
      default -> throw new IllegalStateException("unknown format " + format);
    }
    printed++;
    out.flush();
  }

  void end() {
    if (format == OutputFormat.JSON) {
      out.println(printed == 0 ? "[]" : "\n]");
    }
    out.flush();
  }
}
