package org.piishield.recognizers.names;

import org.piishield.detect.ContextWords;

/**
 * English and Spanish phrases near a candidate name that tell the recognizers what it is. Matched after case
 * and accent folding; see {@link ContextWords}.
 */
final class NameCues {

  private NameCues() {}

  /**
   * Field labels and address forms right before a name: the next capitalised words are a name even when no
   * list knows them ({@code "Name: Rubija Liberšar"}, {@code "Nombre: Pedro"}, {@code "Dear Ms Ruiz"}).
   */
  static final CuePhrases LABEL = CuePhrases.of(
      "name", "names", "full name", "named", "name is", "my name is", "calls me", "call me", "aka", "alias",
      "dear", "hi", "hello", "attn", "attention", "signed", "signed by", "patient", "witness", "victim",
      "suspect", "defendant", "plaintiff", "employee", "officer name", "reporting officer",
      "nombre", "nombres", "nombre y apellidos", "apellido", "apellidos", "se llama", "me llamo", "llamado",
      "llamada", "hola", "estimado", "estimada", "firmado", "firmado por", "remitido por", "médico",
      "médica", "facultativo", "paciente", "testigo", "víctima", "sospechoso", "sospechosa", "detenido",
      "detenida", "denunciante", "atentamente");

  /**
   * Field labels whose value is a name whatever its words: after {@code "Apellidos: "} even {@code "Sevilla
   * Díaz"} or {@code "Pose Diaz"} is a name. A subset of {@link #LABEL}.
   */
  static final CuePhrases FIELD = CuePhrases.of(
      "name", "names", "full name", "name is", "my name is", "first name", "last name", "surname", "given name",
      "named", "aka", "alias", "nombre", "nombres", "nombre y apellidos", "apellido", "apellidos",
      "primer apellido", "segundo apellido", "me llamo", "se llama", "llamado", "llamada");

  /** Phrases before a name that make it likelier: relations, reporting verbs, companions. */
  static final ContextWords BEFORE = ContextWords.of(
      "according to", "married to", "married", "wife", "husband", "son", "daughter", "son of", "daughter of",
      "mother", "father", "brother", "sister", "spouse", "partner", "widow", "spoke with", "met with",
      "talked to", "follow up with", "contact", "written by", "reported by", "interviewed", "told", "says",
      "said", "asked", "thanks", "thank", "kid", "child", "boy", "girl", "mom", "dad", "friend", "colleague",
      "boss", "neighbor", "neighbour", "cousin", "uncle", "aunt", "grandson", "granddaughter", "nephew",
      "niece", "fiance", "fiancee", "girlfriend", "boyfriend", "stepson", "stepdaughter",
      "según", "casado con", "casada con", "esposa", "esposo", "marido", "mujer de", "hijo", "hija",
      "hijo de", "hija de", "madre", "padre", "hermano", "hermana", "viuda", "viudo", "pareja",
      "habló con", "contacto", "interpuesto por", "declaración de", "acompañado de", "acompañada de",
      "sobrino", "sobrina", "primo", "prima", "tío", "tía", "abuelo", "abuela", "nieto", "nieta", "vecino",
      "vecina", "amigo", "amiga", "compañero", "compañera", "jefe", "jefa", "novio", "novia", "dijo",
      "gracias");

  /** Phrases right after a name that make it likelier: {@code "Ruiz said"}, {@code "Peña declaró"}. */
  static final ContextWords AFTER = ContextWords.of(
      "said", "says", "told", "stated", "testified", "wrote", "lives", "lived", "resides", "who", "was born",
      "is married", "died", "dijo", "declaró", "afirmó", "manifestó", "explicó", "vive", "reside", "nació",
      "falleció", "quien");

  /**
   * Phrases right before a place whatever its name: {@code "lives in Kraków"}, {@code "based in Naantali"},
   * {@code "vive en Villapresente"}, {@code "Localidad: Reocín"}.
   */
  static final CuePhrases PLACE_FIELD = CuePhrases.of(
      "live in", "lives in", "lived in", "living in", "based in", "born in", "moved to", "located in",
      "resident of", "resides in", "hometown", "city", "town", "city of", "town of", "village of",
      "vive en", "vivía en", "reside en", "residía en", "residente en", "natural de", "nacido en", "nacida en",
      "vecino de", "vecina de", "domiciliado en", "domiciliada en", "localidad", "municipio", "población",
      "ciudad", "provincia", "país", "lugar de nacimiento");

  /** Prepositions that make a name that is also a place the place: {@code "in Washington"}. */
  static final CuePhrases PLACE_PREPOSITION = CuePhrases.of("in", "outside", "inside", "near", "across",
      "throughout", "en", "cerca de");

  /** Phrases before a place name: {@code "lives in Austin"}, {@code "natural de León"}. */
  static final ContextWords PLACE_BEFORE = ContextWords.of(
      "in", "from", "at", "near", "outside", "to", "of", "lives in", "born in", "based in", "moved to", "resident of",
      "en", "de", "desde", "a", "hacia", "cerca de", "vive en", "reside en", "residente en", "natural de",
      "nacido en", "nacida en", "procedente de", "vecino de", "vecina de", "localidad", "provincia",
      "ciudad", "city", "town", "state", "country", "país", "pais", "estado", "municipio", "lugar");
}
