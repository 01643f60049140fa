package org.piishield.watch;

import java.util.List;
import org.piishield.registry.normalize.FieldType;

/**
 * Renders an {@link Alert} for people, one line per alert, columns separated by two spaces: source, person
 * id, severity, score, field types, then each evidence span as {@code field@start-end}:
 *
 * <pre>{@code
 * flyer-en.txt  p-002  critical  0.88  name,address  name@0-14,address@24-35
 * }</pre>
 *
 * No matched text is ever written. Stateless and thread-safe.
 */
public final class AlertText {

  private AlertText() {}

  /** The alert as one line, without a trailing newline. */
  public static String line(Alert alert) {
    StringBuilder sb = new StringBuilder(96 + alert.evidence().size() * 20);
    sb.append(alert.source()).append("  ").append(alert.personId()).append("  ").append(alert.severity().id())
        .append("  ").append(AlertJson.formatScore(alert.score())).append("  ");
    List<FieldType> fields = alert.fields();
    for (int i = 0; i < fields.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(fields.get(i).id());
    }
    sb.append("  ");
    List<Evidence> evidence = alert.evidence();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      sb.append(i == 0 ? "" : ",").append(e.field().id()).append('@').append(e.start()).append('-')
          .append(e.end());
    }
    return sb.toString();
  }
}
