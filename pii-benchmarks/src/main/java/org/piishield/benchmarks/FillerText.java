package org.piishield.benchmarks;

import java.util.Locale;
import java.util.Random;

/**
 * Seeded document generators for the {@code noPii}, {@code denseDigits} and {@code mixedScript} inputs of
 * {@link BenchmarkInputs}. Each call returns one document of roughly 0.5–4 K chars.
 */
final class FillerText {

  private static final String[] EN_SUBJECT = {"The committee", "Our department", "The court", "The board",
      "Each team", "The office", "The report", "The county clerk", "Staff", "The review panel", "This memo",
      "The Department of Public Works", "The City Council", "Management"};
  private static final String[] EN_VERB = {"reviewed", "approved", "postponed", "discussed", "published",
      "updated", "rejected", "summarised", "scheduled", "archived", "received", "revised"};
  private static final String[] EN_OBJECT = {"the quarterly budget", "the revised schedule", "the annual report",
      "the training plan", "the draft policy", "the migration of the archive", "the amended filing",
      "the procurement rules", "the records retention schedule", "the safety inspection results"};
  private static final String[] EN_TAIL = {"after a short discussion", "for the spring term",
      "in the second half of the year", "on Monday morning", "before the holiday", "at its next meeting",
      "without further comment", "in line with the new guidance", "during the March session"};
  private static final String[] ES_SUBJECT = {"La comisión", "El departamento", "El juzgado", "La junta",
      "Cada equipo", "La oficina", "El informe", "El servicio de urgencias", "El personal", "La Consejería",
      "El Ayuntamiento", "La dirección"};
  private static final String[] ES_VERB = {"revisó", "aprobó", "aplazó", "debatió", "publicó", "actualizó",
      "rechazó", "resumió", "programó", "archivó", "recibió"};
  private static final String[] ES_OBJECT = {"el presupuesto trimestral", "el calendario revisado",
      "la memoria anual", "el plan de formación", "el protocolo de actuación", "la migración del archivo",
      "el escrito de ampliación", "las normas de contratación", "el control analítico"};
  private static final String[] ES_TAIL = {"tras un breve debate", "para el curso de primavera",
      "en la segunda mitad del año", "el lunes por la mañana", "antes del día festivo", "en su próxima sesión",
      "sin más comentarios", "según la nueva guía", "durante la sesión de marzo"};
  private static final String[] EN_NUMBERS = {"Response times improved by %d percent.", "See section %d.",
      "Version %d.%d fixed the reported timeout.", "The summary is on page %d.", "Attendance rose to %d people.",
      "Item %d of the agenda was deferred."};
  private static final String[] ES_NUMBERS = {"Los tiempos de respuesta mejoraron un %d por ciento.",
      "Véase el apartado %d.", "La versión %d.%d corrigió el fallo.", "El resumen está en la página %d.",
      "La asistencia subió a %d personas.", "Se aplazó el punto %d del orden del día."};
  private static final String DIGIT_SEPARATORS = " -./,:()#+\n\t ";
  private static final String[] SCRIPTS = {
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
      "áéíóúñüçàèìòùâêîôûäëïöÁÉÍÓÚÑÜÇ",
      "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘ",
      "абвгдежзийклмнопрстуфхцчшщыэюяАБВГДЕЖЗИЙ",
      "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
      "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年"};
  private static final String PUNCT = ".,;:!?()\"'-/";

  private FillerText() {}

  /** English or Spanish prose without personal information. */
  static String noPiiDocument(Random r) {
    boolean en = r.nextBoolean();
    StringBuilder sb = new StringBuilder(4096);
    int sentences = 5 + r.nextInt(30);
    for (int i = 0; i < sentences; i++) {
      if (r.nextInt(5) == 0) {
        String t = pick(r, en ? EN_NUMBERS : ES_NUMBERS);
        sb.append(String.format(Locale.ROOT, t, 1 + r.nextInt(300), r.nextInt(10)));
      } else {
        sb.append(pick(r, en ? EN_SUBJECT : ES_SUBJECT)).append(' ').append(pick(r, en ? EN_VERB : ES_VERB))
            .append(' ').append(pick(r, en ? EN_OBJECT : ES_OBJECT)).append(' ')
            .append(pick(r, en ? EN_TAIL : ES_TAIL)).append('.');
      }
      sb.append(r.nextInt(6) == 0 ? "\n\n" : " ");
    }
    return sb.toString();
  }

  /** Lines of digit runs (1–12 digits) with separators and the odd short letter code. */
  static String denseDigitsDocument(Random r) {
    int len = 500 + r.nextInt(3500);
    StringBuilder sb = new StringBuilder(len + 32);
    while (sb.length() < len) {
      int k = r.nextInt(10);
      if (k == 0) {
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
          sb.append((char) ('A' + r.nextInt(26)));
        }
      } else {
        for (int i = 1 + r.nextInt(k < 6 ? 4 : 12); i > 0; i--) {
          sb.append((char) ('0' + r.nextInt(10)));
        }
      }
      sb.append(DIGIT_SEPARATORS.charAt(r.nextInt(DIGIT_SEPARATORS.length())));
    }
    return sb.toString();
  }

  /** Words of 1–10 chars from several scripts, emoji, combining marks, digits and punctuation. */
  static String mixedScriptDocument(Random r) {
    int len = 500 + r.nextInt(3500);
    StringBuilder sb = new StringBuilder(len + 32);
    while (sb.length() < len) {
      int kind = r.nextInt(10);
      int n = 1 + r.nextInt(10);
      if (kind < 6) {
        String script = SCRIPTS[kind];
        for (int i = 0; i < n; i++) {
          sb.append(script.charAt(r.nextInt(script.length())));
          if (kind < 2 && r.nextInt(12) == 0) {
            sb.append((char) (0x300 + r.nextInt(0x20))); // combining mark
          }
        }
      } else if (kind < 8) {
        for (int i = 0; i < n; i++) {
          sb.appendCodePoint(0x1F600 + r.nextInt(80));
        }
      } else {
        for (int i = 0; i < n; i++) {
          sb.append((char) ('0' + r.nextInt(10)));
        }
      }
      sb.append(r.nextInt(4) == 0 ? PUNCT.charAt(r.nextInt(PUNCT.length())) : ' ');
    }
    return sb.toString();
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }
}
