package org.piishield.cli.bench;

import java.util.Random;

/**
 * A reproducible mixed corpus for throughput measurement: English and Spanish prose, forms, e-mails and
 * tables, about a third of the documents without any PII. The same seed and size always give the same
 * text. Values are synthetic (555-01xx phones, example.org mail, randomly drawn SSNs with valid ranges).
 *
 * <p>Not thread-safe; one instance per thread.
 */
public final class MixedCorpus {

  private static final String[] FIRST = {"Maria", "James", "Lucia", "Robert", "Ana", "David", "Sofia",
      "Michael", "Carmen", "William", "Elena", "José", "Patricia", "Daniel", "Guadalupe", "Thomas", "Isabel",
      "Francisco", "Jennifer", "Luis", "Karen", "Javier", "Linda", "Miguel", "Susan", "Alejandro", "Nancy"};
  private static final String[] LAST = {"García", "Smith", "Martínez", "Johnson", "Ruiz", "Brown", "López",
      "Williams", "Hernández", "Miller", "González", "Davis", "Peña", "Wilson", "Sánchez", "Anderson",
      "Ramírez", "Taylor", "Torres", "Moore", "Flores", "Jackson", "Rivera", "White", "Gómez", "Harris"};
  private static final String[] STREET = {"Oak", "Maple", "Cedar", "Washington", "Lincoln", "Park", "Lake",
      "Hill", "Pine", "Elm", "Sunset", "Highland", "Main", "Church", "Mill", "River"};
  private static final String[] SUFFIX = {"Street", "St.", "Avenue", "Ave", "Road", "Rd.", "Drive", "Lane",
      "Blvd", "Court", "Way", "Place"};
  private static final String[] CITY = {"Springfield", "Riverside", "Fairview", "Madison", "Georgetown",
      "Franklin", "Clinton", "Salem", "Austin", "Phoenix"};
  private static final String[] STATE = {"CA", "TX", "NY", "FL", "IL", "AZ", "WA", "VA", "OH", "GA"};
  private static final String[] CALLE = {"Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución",
      "Paseo de Gracia", "Calle Real", "Av. Insurgentes Sur", "Calle del Carmen", "Plaza de España"};
  private static final String[] CIUDAD = {"Madrid", "Sevilla", "Valencia", "Bilbao", "Ciudad de México",
      "Guadalajara", "Monterrey", "Zaragoza"};

  private static final String[] EN_FILLER = {
      "The committee reviewed the quarterly budget and approved the revised schedule for the spring term.",
      "In the second half of the year the department expects to complete the migration of its archive.",
      "My understanding is that the hearing was postponed until the court receives the amended filing.",
      "Please note that the office will be closed on Monday for the holiday and will reopen on Tuesday.",
      "According to the report, response times improved by 12 percent compared with the prior period.",
      "The policy applies to all staff, contractors and volunteers who handle records in any format.",
      "Training sessions are held every Thursday afternoon in the main conference room on the third floor.",
      "Version 2.4.1 of the software fixed the timeout reported in ticket 4471 on page 12 of the log.",
      "Will the board consider the proposal at its next meeting, or defer it to the annual session?",
      "Rose bushes along the Jordan river trail were replanted after the flood in March."};
  private static final String[] ES_FILLER = {
      "La comisión revisó el presupuesto trimestral y aprobó el calendario revisado para la primavera.",
      "En la segunda mitad del año el departamento espera completar la migración de su archivo.",
      "Según el informe, los tiempos de respuesta mejoraron un 12 por ciento respecto al periodo anterior.",
      "La oficina permanecerá cerrada el lunes por el día festivo y abrirá de nuevo el martes.",
      "El expediente 2023/118 fue remitido al Juzgado de lo Social para su tramitación ordinaria.",
      "Las sesiones de formación se celebran los jueves por la tarde en la sala de reuniones principal.",
      "El paciente refiere dolor abdominal de tres días de evolución sin fiebre ni vómitos asociados.",
      "Se recomienda control analítico en seis meses y revisión en consultas externas de digestivo."};

  private final Random random;
  private int serial;

  public MixedCorpus(long seed) {
    this.random = new Random(seed);
  }

  /** Appends documents separated by blank lines until {@code out} holds at least {@code chars} chars. */
  public StringBuilder generate(int chars, StringBuilder out) {
    while (out.length() < chars) {
      out.append(nextDocument()).append("\n\n");
    }
    return out;
  }

  /** Generates at least {@code chars} chars of corpus. */
  public String generate(int chars) {
    return generate(chars, new StringBuilder(chars + 4096)).toString();
  }

  /** One document of a randomly chosen kind. */
  public String nextDocument() {
    serial++;
    return switch (random.nextInt(8)) {
      case 0 -> englishProse(true);
      case 1 -> spanishProse(true);
      case 2 -> form();
      case 3 -> email();
      case 4 -> table();
      case 5 -> englishProse(false);
      case 6 -> spanishProse(false);
      default -> formulario();
    };
  }

  private String englishProse(boolean withPii) {
    StringBuilder sb = new StringBuilder();
    int n = 3 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      sb.append(pick(EN_FILLER)).append(' ');
      if (withPii && random.nextInt(3) == 0) {
        switch (random.nextInt(5)) {
          case 0 -> sb.append("Officer ").append(name()).append(" lives at ").append(usAddress()).append(". ");
          case 1 -> sb.append("Call ").append(name()).append(" at ").append(usPhone()).append(" after 5 pm. ");
          case 2 -> sb.append("Judge ").append(last()).append(" can be reached at ").append(mail()).append(". ");
          case 3 -> sb.append("The applicant, born ").append(usDate()).append(", gave SSN ").append(ssn()).append(". ");
          default -> sb.append("Det. ").append(name()).append(", badge ").append(1000 + random.nextInt(9000))
              .append(", drives a car with plate ").append(plate()).append(". ");
        }
      }
    }
    return sb.toString();
  }

  private String spanishProse(boolean withPii) {
    StringBuilder sb = new StringBuilder();
    int n = 3 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      sb.append(pick(ES_FILLER)).append(' ');
      if (withPii && random.nextInt(3) == 0) {
        switch (random.nextInt(4)) {
          case 0 -> sb.append("El agente ").append(name()).append(" ").append(last()).append(" vive en ")
              .append(pick(CALLE)).append(' ').append(1 + random.nextInt(200)).append(", ")
              .append(pick(CIUDAD)).append(". ");
          case 1 -> sb.append("Teléfono de contacto: +34 6").append(digits(2)).append(' ').append(digits(3))
              .append(' ').append(digits(3)).append(". ");
          case 2 -> sb.append("Nacida el ").append(1 + random.nextInt(28)).append(" de marzo de ")
              .append(1950 + random.nextInt(50)).append(", con DNI ").append(dni()).append(". ");
          default -> sb.append("Correo electrónico: ").append(mail()).append(". ");
        }
      }
    }
    return sb.toString();
  }

  private String form() {
    return "PERSONNEL RECORD #" + serial + "\nName: " + name() + "\nHome address: " + usAddress()
        + "\nPhone: " + usPhone() + "\nEmail: " + mail() + "\nDOB: " + usDate() + "\nSSN: " + ssn()
        + "\nBadge No.: " + (1000 + random.nextInt(9000)) + "\nVehicle plate: " + plate() + "\n";
  }

  private String formulario() {
    return "FICHA DE PERSONAL " + serial + "\nNombre: " + name() + " " + last() + "\nDomicilio: " + pick(CALLE)
        + " " + (1 + random.nextInt(200)) + ", " + pick(CIUDAD) + "\nTeléfono: +52 55 " + digits(4) + " "
        + digits(4) + "\nFecha de nacimiento: " + (1 + random.nextInt(28)) + "/0" + (1 + random.nextInt(9))
        + "/19" + (50 + random.nextInt(50)) + "\nDNI: " + dni() + "\n";
  }

  private String email() {
    String to = name();
    return "From: " + mail() + "\nTo: " + mail() + "\nSubject: Re: schedule for case " + serial
        + "\n\nHi " + to.substring(0, to.indexOf(' ')) + ",\n\n" + pick(EN_FILLER) + " " + pick(EN_FILLER)
        + "\nYou can call me on " + usPhone() + ".\n\nThanks,\n" + name() + "\n";
  }

  private String table() {
    StringBuilder sb = new StringBuilder("id,item,quantity,unit_price,date\n");
    int rows = 5 + random.nextInt(15);
    for (int i = 0; i < rows; i++) {
      sb.append(serial * 100 + i).append(",part-").append(digits(4)).append(',').append(1 + random.nextInt(50))
          .append(',').append(random.nextInt(500)).append('.').append(digits(2)).append(",2024-0")
          .append(1 + random.nextInt(9)).append('-').append(10 + random.nextInt(18)).append('\n');
    }
    return sb.toString();
  }

  private String name() {
    return pick(FIRST) + " " + last();
  }

  private String last() {
    return pick(LAST);
  }

  private String mail() {
    return (pick(FIRST) + "." + pick(STREET)).toLowerCase(java.util.Locale.ROOT) + random.nextInt(100)
        + "@example.org";
  }

  private String usAddress() {
    return (1 + random.nextInt(9899)) + " " + pick(STREET) + " " + pick(SUFFIX) + ", " + pick(CITY) + ", "
        + pick(STATE) + " " + (10000 + random.nextInt(89999));
  }

  private String usPhone() {
    return "(" + (201 + random.nextInt(700)) + ") 555-01" + digits(2);
  }

  private String usDate() {
    return (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28)) + "/" + (1950 + random.nextInt(55));
  }

  private String ssn() {
    int area = 1 + random.nextInt(665);
    return String.format("%03d-%02d-%04d", area, 1 + random.nextInt(99), 1 + random.nextInt(9999));
  }

  private String dni() {
    int n = random.nextInt(100_000_000);
    return String.format("%08d", n) + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23);
  }

  private String plate() {
    return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
        + (char) ('A' + random.nextInt(26)) + "-" + digits(4);
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  private String pick(String[] a) {
    return a[random.nextInt(a.length)];
  }
}
