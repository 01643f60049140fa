package org.piishield.testing;

import java.util.Random;

/**
 * Synthetic, obviously fake personal information for tests. Every value is generated from a seeded
 * {@link Random}; none belongs to a real person. Phone numbers use the 555-01xx fiction range; SSNs use
 * valid-looking but randomly drawn areas (never 000, 666 or 9xx).
 */
public final class SyntheticPii {

  private static final String[] FIRST = {"Maria", "James", "Lucia", "Robert", "Ana", "David", "Sofia", "Michael",
      "Carmen", "William", "Elena", "Jose", "Patricia", "Daniel", "Guadalupe", "Thomas", "Isabel", "Francisco"};
  private static final String[] LAST = {"Garcia", "Smith", "Martinez", "Johnson", "Ruiz", "Brown", "Lopez",
      "Williams", "Hernandez", "Miller", "Gonzalez", "Davis", "Pena", "Wilson", "Sanchez", "Anderson"};
  private static final String[] STREET = {"Oak", "Maple", "Cedar", "Washington", "Lincoln", "Park", "Lake",
      "Hill", "Pine", "Elm", "Sunset", "Highland"};
  private static final String[] SUFFIX = {"Street", "St.", "Avenue", "Ave", "Road", "Rd", "Drive", "Dr.", "Lane",
      "Boulevard", "Blvd", "Court"};
  private static final String[] CITY = {"Springfield", "Riverside", "Fairview", "Madison", "Georgetown",
      "Franklin", "Clinton", "Salem"};
  private static final String[] STATE = {"CA", "TX", "NY", "FL", "IL", "AZ", "WA", "VA"};

  private final Random random;

  public SyntheticPii(Random random) {
    this.random = random;
  }

  public String firstName() {
    return pick(FIRST);
  }

  public String lastName() {
    return pick(LAST);
  }

  public String fullName() {
    return firstName() + " " + lastName();
  }

  public String email() {
    return (firstName() + "." + lastName()).toLowerCase(java.util.Locale.ROOT) + random.nextInt(100) + "@example.org";
  }

  /** A US number in the 555-0100..555-0199 fiction range, in one of several layouts. */
  public String usPhone() {
    int area = 200 + random.nextInt(700);
    if (area % 100 == 11) {
      area++;
    }
    String line = "01" + (10 + random.nextInt(90));
    return switch (random.nextInt(4)) {
      case 0 -> "(" + area + ") 555-" + line;
      case 1 -> area + "-555-" + line;
      case 2 -> area + ".555." + line;
      default -> "+1 " + area + " 555 " + line;
    };
  }

  /** A syntactically valid SSN: area 001-665 or 667-899, group 01-99, serial 0001-9999. */
  public String ssn() {
    int area;
    do {
      area = 1 + random.nextInt(899);
    } while (area == 666);
    return String.format("%03d-%02d-%04d", area, 1 + random.nextInt(99), 1 + random.nextInt(9999));
  }

  public String streetAddress() {
    return (1 + random.nextInt(9899)) + " " + pick(STREET) + " " + pick(SUFFIX) + ", " + pick(CITY) + ", "
        + pick(STATE) + " " + String.format("%05d", 10000 + random.nextInt(89999));
  }

  /** A card number with a valid Luhn digit and a Visa prefix. */
  public String creditCard() {
    int[] d = new int[16];
    d[0] = 4;
    for (int i = 1; i < 15; i++) {
      d[i] = random.nextInt(10);
    }
    int sum = 0;
    for (int i = 14, k = 0; i >= 0; i--, k++) {
      int v = d[i];
      if (k % 2 == 0) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
    }
    d[15] = (10 - sum % 10) % 10;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append(' ');
      }
      sb.append(d[i]);
    }
    return sb.toString();
  }

  private String pick(String[] a) {
    return a[random.nextInt(a.length)];
  }
}
