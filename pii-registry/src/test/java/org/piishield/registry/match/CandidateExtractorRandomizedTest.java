package org.piishield.registry.match;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.piishield.registry.normalize.AddressVariants;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.normalize.Variants;
import org.piishield.testing.RandomText;
import org.piishield.testing.SyntheticPii;

/**
 * Seeded invariant: an enrolled value written in a document in any supported form (random casing, accents
 * added, apostrophes, commas, abbreviations, phone layouts, one OCR'd phone digit) yields a candidate equal
 * to the variant enrolment produced. The seed and the document are printed on failure (synthetic values).
 */
class CandidateExtractorRandomizedTest {

  private static final long SEED = 0x5eed_3L;
  private static final int ITERATIONS = 400;
  private static final String[] MORE_FIRST = {"María José", "Guadalupe", "Francisco", "José Luis", "William J.",
      "Ana", "Lupe", "Bill", "Dana"};
  private static final String[] MORE_LAST = {"O'Donnell", "Ruiz Peña", "García-López", "Núñez", "D'Angelo",
      "de la Cruz", "Smith", "Hernández Garcia"};
  private static final String[] STREETS = {"Main", "Evergreen", "Oak", "Lake Shore", "Washington", "Cedar",
      "Sunset", "Elm", "Highland"};
  private static final String[][] SUFFIXES = {{"Street", "St", "St."}, {"Avenue", "Ave", "Ave."},
      {"Terrace", "Ter", "Terr."}, {"Drive", "Dr", "Dr."}, {"Boulevard", "Blvd", "Blvd."}, {"Road", "Rd", "Rd."}};
  private static final String[][] DIRECTIONALS = {{"North", "N", "N."}, {"South", "S", "S."},
      {"East", "E", "E."}, {"West", "W", "W."}};
  private static final String[] UNITS = {"Apt %d", "Apt. %d", "#%d", "# %d", "Unit %d", "Apartment %d",
      "Apt #%d", ", Apt %d", ", #%d"};

  @Test
  void extract_randomEnrolledNamesInRandomText_containTheVariant() {
    Random r = new Random(SEED);
    SyntheticPii pii = new SyntheticPii(r);
    for (int i = 0; i < ITERATIONS; i++) {
      String name = (r.nextBoolean() ? pii.firstName() : pick(r, MORE_FIRST)) + " "
          + (r.nextBoolean() ? pii.lastName() : pick(r, MORE_LAST));
      List<String> variants = new ArrayList<>();
      for (String v : Variants.of(FieldType.NAME, name)) {
        if (v.indexOf('-') < 0) {
          variants.add(v); // a hyphenated variant is always accompanied by its spaced form
        }
      }
      String variant = variants.get(r.nextInt(variants.size()));
      String written = writeName(r, variant);
      String doc = RandomText.realistic(r, 2) + " " + written + " " + RandomText.realistic(r, 1);
      Set<String> got = Candidates.values(FieldType.NAME, new CandidateExtractor(Candidates.filterOf(name)), doc);
      assertTrue(got.contains(variant), () -> "seed " + SEED + ": " + name + " as '" + written + "' in: " + doc);
    }
  }

  @Test
  void extract_randomEnrolledAddressesInRandomText_containTheStreetForms() {
    Random r = new Random(SEED + 1);
    CandidateExtractor ex = new CandidateExtractor(t -> false);
    for (int i = 0; i < ITERATIONS; i++) {
      int number = 1 + r.nextInt(99999);
      int dir = r.nextInt(3) == 0 ? r.nextInt(DIRECTIONALS.length) : -1;
      String street = pick(r, STREETS);
      int suf = r.nextInt(SUFFIXES.length);
      int unit = r.nextBoolean() ? 1 + r.nextInt(300) : -1;
      String enrolled = address(r, number, dir, street, suf, unit) + ", Springfield, IL 62704";
      boolean docUnit = unit > 0 && r.nextInt(3) > 0;
      String plain = address(r, number, dir, street, suf, docUnit ? unit : -1);
      String written = r.nextBoolean() ? plain.toUpperCase(Locale.ROOT) : plain;
      String doc = RandomText.realistic(r, 1) + (r.nextBoolean() ? " Vive en " : " lives at ") + written
          + (r.nextBoolean() ? ", Springfield." : " y su teléfono") + RandomText.realistic(r, 1);
      Set<String> got = Candidates.values(FieldType.ADDRESS, ex, doc);
      for (String v : AddressVariants.of(enrolled)) {
        if (AddressVariants.isZip5(v) || (!docUnit && v.contains(" apt "))) {
          continue;
        }
        assertTrue(got.contains(v), () -> "seed " + SEED + ": " + v + " from '" + written + "' in: " + doc + got);
      }
      for (String v : got) {
        assertTrue(!AddressVariants.isZip5(v), () -> "bare ZIP emitted from: " + doc);
      }
    }
  }

  @Test
  void extract_randomEnrolledPhonesInRandomText_containTheE164() {
    Random r = new Random(SEED + 2);
    CandidateExtractor ex = new CandidateExtractor(t -> false);
    for (int i = 0; i < ITERATIONS; i++) {
      int area = 200 + r.nextInt(800);
      if (area % 100 == 11 || area >= 1000) {
        area = 202;
      }
      String line = String.format("01%02d", r.nextInt(100));
      String enrolled = area + "-555-" + line;
      String e164 = Variants.of(FieldType.PHONE, enrolled).get(0);
      String written = switch (r.nextInt(6)) {
        case 0 -> "(" + area + ") 555-" + line;
        case 1 -> area + ".555." + line;
        case 2 -> "+1 " + area + " 555 " + line;
        case 3 -> "1-" + area + "-555-" + line;
        case 4 -> area + "555" + line;
        default -> "+1 (" + area + ") 555-" + line;
      };
      String ocr = r.nextBoolean() ? written.replaceFirst("0", "O") : written.replaceFirst("5", "S");
      String finalWritten = r.nextBoolean() ? written : ocr;
      String doc = RandomText.realistic(r, 1) + " Teléfono: " + finalWritten + ". " + RandomText.realistic(r, 1);
      Set<String> got = Candidates.values(FieldType.PHONE, ex, doc);
      assertTrue(got.contains(e164), () -> "seed " + SEED + ": '" + finalWritten + "' in: " + doc + got);
    }
  }

  @Test
  void extract_randomPlatesAndEmails_containTheVariant() {
    Random r = new Random(SEED + 3);
    SyntheticPii pii = new SyntheticPii(r);
    CandidateExtractor ex = new CandidateExtractor(t -> false);
    for (int i = 0; i < ITERATIONS; i++) {
      String letters = "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
      String digits = String.format("%03d", r.nextInt(1000)) + (r.nextBoolean() ? "" + r.nextInt(10) : "");
      String plate = letters + (r.nextBoolean() ? "-" : r.nextBoolean() ? " " : "") + digits;
      String written = r.nextBoolean() ? plate.toLowerCase(Locale.ROOT) : plate;
      String email = pii.email();
      String writtenEmail = r.nextBoolean() ? email.toUpperCase(Locale.ROOT) : email;
      String doc = RandomText.realistic(r, 1) + " placa " + written + ", correo " + writtenEmail + ". "
          + RandomText.realistic(r, 1);
      Set<String> plates = Candidates.values(FieldType.PLATE, ex, doc);
      for (String v : Variants.of(FieldType.PLATE, plate)) {
        assertTrue(plates.contains(v), () -> "seed " + SEED + ": '" + written + "' in: " + doc + plates);
      }
      Set<String> emails = Candidates.values(FieldType.EMAIL, ex, doc);
      assertTrue(emails.contains(Variants.of(FieldType.EMAIL, email).get(0)), () -> "seed " + SEED + ": " + doc);
    }
  }

  /** The variant's tokens with random case, added accents, inner apostrophes and separators. */
  private static String writeName(Random r, String variant) {
    String[] tokens = variant.split(" ");
    StringBuilder sb = new StringBuilder();
    int caseMode = r.nextInt(3);
    for (int i = 0; i < tokens.length; i++) {
      if (i > 0) {
        String prev = tokens[i - 1];
        String[] seps = prev.length() == 1 ? new String[] {" ", ". ", ".", ", ", "  "}
            : new String[] {" ", ", ", "  ", " \t", "-", " ("};
        sb.append(pick(r, seps));
      }
      StringBuilder tok = new StringBuilder();
      for (int k = 0; k < tokens[i].length(); k++) {
        char c = tokens[i].charAt(k);
        if (r.nextInt(8) == 0) {
          c = switch (c) {
            case 'a' -> 'á';
            case 'e' -> 'é';
            case 'n' -> 'ñ';
            case 'u' -> 'ü';
            default -> c;
          };
        }
        boolean upper = caseMode == 1 || (caseMode == 2 && k == 0);
        tok.append(upper ? Character.toUpperCase(c) : c);
        if (r.nextInt(20) == 0 && k + 2 < tokens[i].length()) {
          tok.append(r.nextBoolean() ? '\'' : '\u2019'); // "O'Donnell"-style: joined away
        }
      }
      sb.append(tok);
    }
    return sb.toString();
  }

  private static String address(Random r, int number, int dir, String street, int suf, int unit) {
    StringBuilder sb = new StringBuilder().append(number);
    if (dir >= 0) {
      sb.append(' ').append(pick(r, DIRECTIONALS[dir]));
    }
    sb.append(' ').append(street).append(' ').append(pick(r, SUFFIXES[suf]));
    if (unit > 0) {
      String u = String.format(pick(r, UNITS), unit);
      sb.append(u.startsWith(",") ? "" : " ").append(u);
    }
    return sb.toString();
  }

  private static <T> T pick(Random r, T[] a) {
    return a[r.nextInt(a.length)];
  }
}
