package org.piishield.nermodel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.recognizers.names.model.TrainingDocument;

/**
 * Sentences generated from templates, English and Spanish, whose slots are filled with names and places
 * from the gazetteers of {@code pii-recognizers} and with organisation names made from those words. Only
 * ever added alongside real text ({@link TrainingCorpus}); a fixed seed gives the same sentences every time.
 *
 * <p>Example: {@code "Ayer {PER} viajó a {LOC} para visitar el {ORG}."} may become
 * {@code "Ayer Lucía Ibáñez Soto viajó a Zaragoza para visitar el Hospital Peña."} with its three spans.
 */
public final class SyntheticSentences {

  public static final String DATASET = "synthetic";
  private static final String NAMES = "/org/piishield/recognizers/names/";

  private static final String[] ENGLISH = {
      "{PER} moved to {LOC} last year and now works for {ORG}.",
      "Please forward the report to {PER} at the {LOC} office.",
      "According to {ORG}, the meeting with {PER} was postponed.",
      "Officer {PER} of the {ORG} responded to the call in {LOC}.",
      "The letter was signed by {PER} and {PER}.",
      "Contact: {PER}, {ORG}, {LOC}",
      "{PER} was born in {LOC} and studied at {ORG}.",
      "We spoke to Dr. {PER} about the move from {LOC} to {LOC}.",
      "Her brother {PER} lives near {LOC}.",
      "Staff from {ORG} met {PER} on Monday."};

  private static final String[] SPANISH = {
      "Ayer {PER} viajó a {LOC} para visitar el {ORG}.",
      "La paciente {PER} fue remitida al {ORG} de {LOC}.",
      "Médico: Dr. {PER}. Servicio de Urgencias, {ORG}.",
      "Nombre: {PER}. Domicilio en {LOC}.",
      "El agente {PER} declaró ante el juzgado de {LOC}.",
      "Se trasladó a {LOC} con su esposo, {PER}.",
      "Informe firmado por la Dra. {PER} ({ORG}, {LOC}).",
      "{PER} trabaja en {ORG} desde 2015.",
      "Remitido por {PER} desde el {ORG}.",
      "Natural de {LOC}, reside actualmente en {LOC}."};

  private static final String[] ORG_EN = {
      "{S} Logistics Inc", "{C} General Hospital", "University of {C}", "{S} & {S} LLP", "{C} Police Department",
      "{S} Foundation", "{C} Community College", "Bank of {C}"};
  private static final String[] ORG_ES = {
      "Hospital {S}", "Hospital Universitario de {C}", "Clínica {S}", "Centro de Salud {C}", "Universidad de {C}",
      "Ayuntamiento de {C}", "Hospital General de {C}", "Fundación {S}"};

  private final List<String> givenEn;
  private final List<String> surnamesEn;
  private final List<String> givenEs;
  private final List<String> surnamesEs;
  private final List<String> places;

  private SyntheticSentences() {
    givenEn = words("given_names_ssa.txt", 4);
    surnamesEn = words("surnames_census2010.txt", 4);
    givenEs = words("spanish_given_names.txt", 0);
    surnamesEs = words("hispanic_surnames.txt", 0);
    places = new ArrayList<>();
    for (String f : List.of("locations_us.txt", "locations_world.txt", "locations_es_mx_latam.txt")) {
      places.addAll(words(f, 0, 7)); // kinds 1-4 without the +8 "ambiguous" flag
    }
  }

  /** {@code count} sentences, half English and half Spanish, from {@code seed}. */
  public static List<CorpusDocument> generate(int count, long seed) {
    SyntheticSentences g = new SyntheticSentences();
    Random r = new Random(seed);
    List<CorpusDocument> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean english = i % 2 == 0;
      String[] templates = english ? ENGLISH : SPANISH;
      out.add(new CorpusDocument(DATASET, "synthetic-" + i,
          g.fill(templates[r.nextInt(templates.length)], english, r)));
    }
    return out;
  }

  private TrainingDocument fill(String template, boolean english, Random r) {
    StringBuilder text = new StringBuilder();
    List<TrainingDocument.Span> spans = new ArrayList<>();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        text.append(template, i, template.length());
        break;
      }
      text.append(template, i, open);
      int close = template.indexOf('}', open);
      String slot = template.substring(open + 1, close);
      int start = text.length();
      EntityType type = switch (slot) {
        case "PER" -> {
          text.append(person(english, r));
          yield EntityType.PERSON;
        }
        case "LOC" -> {
          text.append(pick(places, r));
          yield EntityType.LOCATION;
        }
        default -> {
          text.append(organisation(english, r));
          yield EntityType.ORGANIZATION;
        }
      };
      spans.add(new TrainingDocument.Span(start, text.length(), type));
      i = close + 1;
    }
    return new TrainingDocument(text.toString(), english ? Language.EN : Language.ES, spans);
  }

  private String person(boolean english, Random r) {
    if (english) {
      String name = pick(givenEn, r);
      if (r.nextInt(4) == 0) {
        name += " " + (char) ('A' + r.nextInt(26)) + ".";
      }
      return name + " " + pick(surnamesEn, r);
    }
    String name = pick(givenEs, r) + " " + pick(surnamesEs, r);
    return r.nextBoolean() ? name + " " + pick(surnamesEs, r) : name;
  }

  private String organisation(boolean english, Random r) {
    String pattern = english ? ORG_EN[r.nextInt(ORG_EN.length)] : ORG_ES[r.nextInt(ORG_ES.length)];
    List<String> surnames = english ? surnamesEn : surnamesEs;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{') {
        sb.append(pattern.charAt(i + 1) == 'S' ? pick(surnames, r) : pick(places, r));
        i += 2;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String pick(List<String> list, Random r) {
    return list.get(r.nextInt(list.size()));
  }

  private static List<String> words(String resource, int minValue) {
    return words(resource, minValue, Integer.MAX_VALUE);
  }

  /** The entries of a gazetteer resource whose value (default 1) is in {@code [min, max]}, in file order. */
  private static List<String> words(String resource, int min, int max) {
    List<String> out = new ArrayList<>();
    try (InputStream in = SyntheticSentences.class.getResourceAsStream(NAMES + resource)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource " + NAMES + resource + " not on the class path");
      }
      BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = br.readLine(); line != null; line = br.readLine()) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int comma = line.lastIndexOf(',');
        int value = 1;
        String word = line;
        if (comma > 0) {
          try {
            value = Integer.parseInt(line.substring(comma + 1).strip());
            word = line.substring(0, comma).strip();
          } catch (NumberFormatException e) {
            value = 1;
          }
        }
        if (value >= min && value <= max && !word.isEmpty()) {
          out.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
