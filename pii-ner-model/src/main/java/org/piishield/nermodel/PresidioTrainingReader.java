package org.piishield.nermodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.recognizers.names.model.TrainingDocument;
import org.piishield.text.Json;

/**
 * Reads Presidio's synthetic sentences ({@code synth_dataset_v2*.json}: a list of {@code full_text},
 * {@code spans[entity_type, start_position, end_position]}, {@code template_id}), keeping PERSON, GPE (as
 * LOCATION) and ORGANIZATION spans. Offsets in the file are code points; they become UTF-16 here. Documents
 * keep file order; the key is the template id.
 */
public final class PresidioTrainingReader {

  public static final String DATASET = "presidio";

  private PresidioTrainingReader() {}

  public static List<CorpusDocument> read(Path file) throws IOException {
    Object root = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    if (!(root instanceof List<?> samples)) {
      throw new IllegalArgumentException("expected a JSON list of samples");
    }
    List<CorpusDocument> out = new ArrayList<>(samples.size());
    int index = 0;
    for (Object o : samples) {
      if (!(o instanceof Map<?, ?> sample) || !(sample.get("full_text") instanceof String text)) {
        throw new IllegalArgumentException("sample " + index + " has no full_text");
      }
      List<TrainingDocument.Span> spans = new ArrayList<>();
      if (sample.get("spans") instanceof List<?> list) {
        for (Object so : list) {
          if (so instanceof Map<?, ?> span) {
            EntityType type = typeOf(String.valueOf(span.get("entity_type")));
            if (type != null) {
              int start = text.offsetByCodePoints(0, number(span.get("start_position"), index));
              int end = text.offsetByCodePoints(0, number(span.get("end_position"), index));
              spans.add(new TrainingDocument.Span(start, end, type));
            }
          }
        }
      }
      String key = String.valueOf(sample.get("template_id"));
      out.add(new CorpusDocument(DATASET, key, new TrainingDocument(text, Language.EN, spans)));
      index++;
    }
    return out;
  }

  private static EntityType typeOf(String label) {
    return switch (label) {
      case "PERSON" -> EntityType.PERSON;
      case "GPE" -> EntityType.LOCATION;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      default -> null;
    };
  }

  private static int number(Object v, int index) {
    if (v instanceof Number n) {
      return n.intValue();
    }
    throw new IllegalArgumentException("sample " + index + " has a span without numeric offsets");
  }
}
