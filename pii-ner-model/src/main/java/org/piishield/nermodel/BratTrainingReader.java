package org.piishield.nermodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.recognizers.names.model.TrainingDocument;

/**
 * Reads MEDDOCAN's BRAT files ({@code X.txt} + {@code X.ann}, lines {@code T1\tLABEL start end\ttext},
 * code-point offsets), keeping names, places with a letter (postal codes are left out) and institutions.
 * Documents come sorted by file name; the key is the base name.
 */
public final class BratTrainingReader {

  public static final String DATASET = "meddocan";

  private BratTrainingReader() {}

  public static List<CorpusDocument> read(Path dir) throws IOException {
    List<Path> texts;
    try (Stream<Path> s = Files.list(dir)) {
      texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    if (texts.isEmpty()) {
      throw new IOException("no .txt files in " + dir);
    }
    List<CorpusDocument> out = new ArrayList<>(texts.size());
    for (Path txt : texts) {
      String name = txt.getFileName().toString();
      String id = name.substring(0, name.length() - 4);
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      Path ann = txt.resolveSibling(id + ".ann");
      List<TrainingDocument.Span> spans = new ArrayList<>();
      for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
        TrainingDocument.Span s = parse(line, text, id);
        if (s != null) {
          spans.add(s);
        }
      }
      out.add(new CorpusDocument(DATASET, id, new TrainingDocument(text, Language.ES, spans)));
    }
    return out;
  }

  private static TrainingDocument.Span parse(String line, String text, String id) {
    if (!line.startsWith("T")) {
      return null;
    }
    String[] cols = line.split("\t", 3);
    if (cols.length < 2) {
      throw new IllegalArgumentException(id + ".ann: malformed line");
    }
    String[] head = cols[1].split(" ");
    EntityType type = typeOf(head[0]);
    if (type == null || head.length < 3) {
      return null;
    }
    int start = text.offsetByCodePoints(0, Integer.parseInt(head[1]));
    // a discontinuous span "10 20;25 30" ends at its last fragment
    int end = text.offsetByCodePoints(0, Integer.parseInt(head[head.length - 1]));
    if (type.equals(EntityType.LOCATION) && !hasLetter(text, start, end)) {
      return null;
    }
    return new TrainingDocument.Span(start, end, type);
  }

  private static EntityType typeOf(String label) {
    return switch (label) {
      case "NOMBRE_SUJETO_ASISTENCIA", "NOMBRE_PERSONAL_SANITARIO" -> EntityType.PERSON;
      case "TERRITORIO", "PAIS" -> EntityType.LOCATION;
      case "HOSPITAL", "INSTITUCION", "CENTRO_SALUD" -> EntityType.ORGANIZATION;
      default -> null;
    };
  }

  private static boolean hasLetter(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
