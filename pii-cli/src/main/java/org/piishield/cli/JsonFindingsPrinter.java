package org.piishield.cli;

import java.io.PrintWriter;
import java.util.List;
import org.piishield.detect.Detection;
import org.piishield.text.Json;

/**
 * JSON output. Each document is {@code {"source":…,"findings":[{"type","start","end","score","recognizer"[,"text"]}]}}.
 * As {@code json} the documents form one array, one finding per line; as {@code jsonl} each document is
 * exactly one compact line:
 *
 * <pre>{@code
 * {"source":"memo.txt","findings":[{"type":"EMAIL","start":21,"end":36,"score":0.90,"recognizer":"email"}]}
 * }</pre>
 */
final class JsonFindingsPrinter implements FindingsPrinter {

  private final PrintWriter out;
  private final boolean showText;
  private final boolean array;
  private int documents;

  JsonFindingsPrinter(PrintWriter out, boolean showText, boolean array) {
    this.out = out;
    this.showText = showText;
    this.array = array;
  }

  @Override
  public void begin() {
    if (array) {
      out.print("[");
    }
  }

  @Override
  public void document(String source, String original, List<Detection> findings) {
    StringBuilder sb = new StringBuilder(64 + findings.size() * 96);
    if (array) {
      sb.append(documents == 0 ? "\n  " : ",\n  ");
    }
    sb.append("{\"source\":");
    Json.quote(source, sb);
    sb.append(",\"findings\":[");
    for (int i = 0; i < findings.size(); i++) {
      Detection d = findings.get(i);
      sb.append(i == 0 ? "" : ",").append(array ? "\n    " : "");
      sb.append("{\"type\":");
      Json.quote(d.type().id(), sb);
      sb.append(",\"start\":").append(d.start()).append(",\"end\":").append(d.end());
      sb.append(",\"score\":").append(Scores.format(d.score())).append(",\"recognizer\":");
      Json.quote(d.recognizer(), sb);
      if (showText) {
        sb.append(",\"text\":");
        Json.quote(original.subSequence(d.start(), d.end()), sb);
      }
      sb.append('}');
    }
    sb.append(array && !findings.isEmpty() ? "\n  ]}" : "]}");
    if (!array) {
      sb.append('\n');
    }
    out.print(sb);
    out.flush();
    documents++;
  }

  @Override
  public void end(int documentCount, int findingCount, int errors) {
    if (array) {
      out.print(documents == 0 ? "]\n" : "\n]\n");
    }
    out.flush();
  }
}
