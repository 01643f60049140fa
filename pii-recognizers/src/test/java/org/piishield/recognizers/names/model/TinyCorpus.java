package org.piishield.recognizers.names.model;

import java.util.ArrayList;
import java.util.List;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;

/**
 * A small labelled corpus built in the test: English and Spanish template sentences filled with common
 * listed names and places (synthetic values, no real people).
 */
final class TinyCorpus {

  private static final String[] GIVEN_EN = {"John", "Mary", "Robert", "Linda", "James", "Susan", "David", "Karen"};
  private static final String[] SURNAME_EN = {"Smith", "Johnson", "Miller", "Wilson", "Moore", "Taylor", "Anderson"};
  private static final String[] GIVEN_ES = {"María", "José", "Carmen", "Antonio", "Lucía", "Manuel", "Pilar"};
  private static final String[] SURNAME_ES = {"García", "Fernández", "López", "Martínez", "Sánchez", "Pérez"};
  private static final String[] PLACES_EN = {"Boston", "Chicago", "Denver", "Seattle", "Phoenix", "Atlanta"};
  private static final String[] PLACES_ES = {"Madrid", "Sevilla", "Zaragoza", "Bilbao", "Murcia", "Granada"};
  private static final String[] TEMPLATES_EN = {
      "Yesterday {P} flew to {L} for a meeting.",
      "The report from {P} arrived from {L} today.",
      "We met {P} in {L} last week."};
  private static final String[] TEMPLATES_ES = {
      "Ayer {P} viajó a {L} por trabajo.",
      "El informe de {P} llegó desde {L} hoy.",
      "Conocimos a {P} en {L} la semana pasada."};

  private TinyCorpus() {}

  static List<TrainingDocument> documents() {
    List<TrainingDocument> out = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      boolean en = i % 2 == 0;
      String[] t = en ? TEMPLATES_EN : TEMPLATES_ES;
      String person = en ? GIVEN_EN[i % GIVEN_EN.length] + " " + SURNAME_EN[(i / 3) % SURNAME_EN.length]
          : GIVEN_ES[i % GIVEN_ES.length] + " " + SURNAME_ES[(i / 3) % SURNAME_ES.length];
      String place = en ? PLACES_EN[(i / 2) % PLACES_EN.length] : PLACES_ES[(i / 2) % PLACES_ES.length];
      out.add(fill(t[(i / 2) % t.length], person, place, en ? Language.EN : Language.ES));
    }
    return out;
  }

  static TrainingDocument fill(String template, String person, String place, Language lang) {
    int p = template.indexOf("{P}");
    String text = template.replace("{P}", person);
    int l = text.indexOf("{L}");
    text = text.replace("{L}", place);
    return new TrainingDocument(text, lang, List.of(
        new TrainingDocument.Span(p, p + person.length(), EntityType.PERSON),
        new TrainingDocument.Span(l, l + place.length(), EntityType.LOCATION)));
  }
}
