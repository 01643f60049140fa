package org.piishield.recognizers.names.model;

import java.util.List;
import java.util.Objects;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;

/**
 * A text with its gold names, places and organisations, for {@link NerTrainer}. Offsets are UTF-16, end
 * exclusive; spans of other types are ignored (their tokens are outside any entity). Example:
 * {@code new TrainingDocument("Ana vive en Lugo.", Language.ES, List.of(new Span(0, 3, PERSON),
 * new Span(12, 16, LOCATION)))}.
 */
public record TrainingDocument(String text, Language language, List<Span> spans) {

  public TrainingDocument {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    spans = List.copyOf(spans);
    for (Span s : spans) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException("span [" + s.start() + ", " + s.end() + ") beyond text length "
            + text.length());
      }
    }
  }

  /** One gold entity. */
  public record Span(int start, int end, EntityType type) {
    public Span {
      Objects.requireNonNull(type, "type");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }
}
