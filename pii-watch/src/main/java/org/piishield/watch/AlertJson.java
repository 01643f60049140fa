package org.piishield.watch;

import java.util.List;
import org.piishield.registry.normalize.FieldType;
import org.piishield.text.Json;

/**
 * Renders an {@link Alert} as one compact JSON object, keys in this order, score with two decimals:
 *
 * <pre>{@code
 * {"source":"flyer-en.txt","person_id":"p-002","severity":"critical","score":0.88,"fields":["name","address"],"evidence":[{"field":"name","start":0,"end":14},{"field":"address","start":24,"end":35}]}
 * }</pre>
 *
 * No matched text is ever written: only the source name, the person id, field types and offsets.
 * Stateless and thread-safe.
 */
public final class AlertJson {

  private AlertJson() {}

  /** The alert as one JSON object, without a trailing newline. */
  public static String toJson(Alert alert) {
    return append(alert, new StringBuilder(160 + alert.evidence().size() * 40)).toString();
  }

  /** Appends the alert as one JSON object to {@code out}; returns {@code out}. */
  public static StringBuilder append(Alert alert, StringBuilder out) {
    out.append("{\"source\":");
    Json.quote(alert.source(), out);
    out.append(",\"person_id\":");
    Json.quote(alert.personId(), out);
    out.append(",\"severity\":\"").append(alert.severity().id());
    out.append("\",\"score\":").append(formatScore(alert.score()));
    out.append(",\"fields\":[");
    List<FieldType> fields = alert.fields();
    for (int i = 0; i < fields.size(); i++) {
      out.append(i == 0 ? "\"" : ",\"").append(fields.get(i).id()).append('"');
    }
    out.append("],\"evidence\":[");
    List<Evidence> evidence = alert.evidence();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      out.append(i == 0 ? "" : ",").append("{\"field\":\"").append(e.field().id())
          .append("\",\"start\":").append(e.start()).append(",\"end\":").append(e.end()).append('}');
    }
    return out.append("]}");
  }

  /** Two decimals, dot separator: {@code 0.9} prints {@code 0.90}. */
  static String formatScore(double score) {
    long cents = Math.round(score * 100);
    return cents / 100 + "." + (char) ('0' + cents % 100 / 10) + (char) ('0' + cents % 10);
  }
}
