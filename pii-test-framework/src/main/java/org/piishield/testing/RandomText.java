package org.piishield.testing;

import java.util.Random;

/**
 * Seeded random text for invariant tests: arbitrary Unicode (including surrogate pairs, combining marks,
 * digits and punctuation runs) and realistic English/Spanish prose with synthetic PII mixed in.
 */
public final class RandomText {

  private static final String[] EN_WORDS = {"the", "officer", "report", "was", "filed", "on", "Monday", "and",
      "he", "said", "that", "records", "show", "a", "call", "from", "home", "at", "In", "My", "court", "order",
      "case", "number", "page", "of", "with", "her", "address", "is", "contact", "phone", "SSN", "born", "badge"};
  private static final String[] ES_WORDS = {"el", "agente", "vive", "en", "la", "calle", "de", "su", "teléfono",
      "es", "nació", "con", "placa", "domicilio", "señora", "expediente", "número", "y", "que", "Juzgado"};
  private static final String PUNCT = " ,.;:!?-()[]{}'\"/\\@#$%&*+=<>|\n\t";

  private RandomText() {}

  /** Random chars from a mix of ASCII, Latin-1, combining marks, CJK, digits and supplementary planes. */
  public static String unicode(Random r, int maxLength) {
    int len = r.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(len);
    while (sb.length() < len) {
      switch (r.nextInt(8)) {
        case 0 -> sb.append((char) ('0' + r.nextInt(10)));
        case 1 -> sb.append(PUNCT.charAt(r.nextInt(PUNCT.length())));
        case 2 -> sb.append((char) (0xC0 + r.nextInt(0x17F - 0xC0)));
        case 3 -> sb.append((char) (0x300 + r.nextInt(0x70)));
        case 4 -> sb.appendCodePoint(0x1F600 + r.nextInt(80));
        case 5 -> sb.append((char) (0x4E00 + r.nextInt(500)));
        default -> sb.append((char) (0x20 + r.nextInt(0x5F)));
      }
    }
    return sb.toString();
  }

  /** Prose-like text in English or Spanish with synthetic names, phones, emails, SSNs, cards and addresses. */
  public static String realistic(Random r, int sentences) {
    SyntheticPii pii = new SyntheticPii(r);
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < sentences; s++) {
      String[] words = r.nextBoolean() ? EN_WORDS : ES_WORDS;
      int n = 3 + r.nextInt(12);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        switch (r.nextInt(14)) {
          case 0 -> sb.append(pii.fullName());
          case 1 -> sb.append(pii.usPhone());
          case 2 -> sb.append(pii.email());
          case 3 -> sb.append(pii.ssn());
          case 4 -> sb.append(pii.streetAddress());
          case 5 -> sb.append(pii.creditCard());
          case 6 -> sb.append(r.nextInt(100000));
          default -> sb.append(words[r.nextInt(words.length)]);
        }
      }
      sb.append(r.nextInt(5) == 0 ? ".\n" : ". ");
    }
    return sb.toString();
  }
}
