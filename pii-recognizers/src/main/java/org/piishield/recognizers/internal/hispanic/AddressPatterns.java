package org.piishield.recognizers.internal.hispanic;

import java.util.regex.Pattern;

/**
 * The regular expressions of the Hispanic address grammar, one per part after the street name. Each is run
 * anchored ({@code lookingAt}) in a window of at most ~120 chars right after the previous part, never over the
 * whole text; every quantifier is bounded. {@code \h} (horizontal white space) keeps every part on one line.
 */
final class AddressPatterns {

  private static final String H = "\\h";
  private static final String LETTERS = "[\\p{L}\\p{M}'’]";
  /** A word of a place name that is a contact label or the country, not part of the place: {@code Madrid Tel}. */
  private static final String NOT_PLACE = "(?!(?iu:tel|telf|tfno|tfo|tel[ée]fono|fax|email|e-mail|correo|m[óo]vil"
      + "|espa[ñn]a|spain)(?![\\p{L}\\p{M}]))";
  /**
   * A capitalised place or colonia name, up to 4 words with particles: {@code Alcalá de Henares},
   * {@code A Coruña}, {@code Ciudad de México}. Words are matched possessively (never cut: {@code Madrid mm} is
   * not {@code Madri}) and may not be followed by a lower-case word ({@code Madrid y su} is no city).
   */
  private static final String PLACE = "(?:[AO]" + H + ")?\\p{Lu}" + LETTERS + "{1,24}+(?:(?:" + H
      + "(?iu:de|del|la|las|los|el|y|i)){0,2}[" + H + "-]" + NOT_PLACE + "\\p{Lu}" + LETTERS + "{1,24}+){0,3}(?!"
      + H + "{1,2}\\p{Ll})";
  private static final String END = "(?![\\p{L}\\p{N}ºª°]|[/:.]\\d)";

  /**
   * House number after the name: {@code 5}, {@code , 18}, {@code nº 2A}, {@code n.º 119}, {@code núm. 12},
   * {@code No. Ext. 49}, {@code #284}, {@code 1 y 3}, {@code 58-182}, {@code 12 bis}, {@code s/n},
   * {@code Km 9,1}. Rejects {@code 28014} (a postal code, 5 digits), {@code 3º} (a floor), {@code 12/03} and
   * {@code 236-555-0126} (a phone number).
   */
  static final Pattern NUMBER = Pattern.compile(H + "{0,2}(?:," + H + "{0,2})?(?:"
      + "(?iu:km)\\.?" + H + "?\\d{1,3}(?:[,.]\\d{1,3})?"
      + "|(?iu:s)" + H + "?[/.]?" + H + "?(?iu:n)"
      + "|(?:(?iu:n" + H + "?[º°ª]\\.?|n\\." + H + "?[º°o]\\.?|no\\.?|nro\\.?|n[úu]m(?:ero)?\\.?)" + H + "{0,2}"
      + "(?:(?iu:ext(?:erior)?)\\.?" + H + "{0,2})?|#" + H + "?)?"
      + "\\d{1,4}(?:[A-Za-z](?![\\p{L}\\p{N}])|" + H + "?(?iu:bis)(?!\\p{L}))?"
      + "(?:" + H + "?[-–]" + H + "?\\d{1,4}(?![\\p{N}ºª°]|[-–]\\d)|" + H + "(?iu:y|al)" + H + "\\d{1,4})?)"
      + END + "(?![-–]\\d{3})");

  /**
   * One floor/door/unit part, with its separator: {@code 3º B}, {@code 3.º C}, {@code 5º-B}, {@code 1o A},
   * {@code 1er Piso}, {@code 1D}, {@code 3 D}, {@code piso 4}, {@code puerta 2}, {@code esc. A},
   * {@code Int. 4}, {@code Mz. 3}, {@code Lt. 12}, {@code bajo A}, {@code izq.}, {@code , 3} (bare floor,
   * after a comma or dash only), {@code , A} (door letter, not before a capitalised word: {@code 5, A Coruña}).
   * Group {@code bare} or {@code letter} or {@code word} marks a part that a lower-case word may not follow.
   */
  static final Pattern UNIT = Pattern.compile("(?<sep>" + H + "{0,2}[,.]" + H + "{0,2}|" + H + "{1,2}|" + H
      + "{0,2}[-–]" + H + "{0,2})(?:"
      + "\\d{1,2}" + H + "?\\.?" + H + "?[ºª°](?:" + H + "?-?" + H + "?[A-Za-z](?![\\p{L}\\p{N}]))?"
      + "|\\d{1,2}\\.?[oa](?:" + H + "[A-Z])?"
      + "|\\d{1,2}(?iu:er|ero|ra)(?:" + H + "(?iu:piso|planta))?"
      + "|\\d{1,2}(?:[A-Za-z]|" + H + "[A-Z])"
      + "|(?iu:piso|planta|puerta|pta|esc(?:alera)?|bloque|blq|bl|portal|local|apto|apartamento|dpto|depto"
      + "|departamento|edif(?:icio)?|casa|int(?:erior)?|ext(?:erior)?|mza?|manzana|lt|lote|nave|oficina|of)\\.?"
      + H + "?(?:#" + H + "?)?(?:\\d{1,4}(?:[,.]\\d{1,3})?" + H + "?[ºª]?(?:[A-Za-z](?![\\p{L}\\p{N}]))?|[A-Z])"
      + "|(?<word>(?iu:bajo|bj|entlo|entresuelo|principal|pral|[áa]tico|s[óo]tano|izq(?:uierda|da)?|izda|dcha"
      + "|dch|derecha|der|contrafrente))\\.?(?:" + H + "[A-Z](?![\\p{L}\\p{N}]))?"
      + "|(?<bare>\\d{1,2})"
      + "|(?<letter>[A-Z])(?!" + H + "{1,2}\\p{Lu}|-\\d)"
      + ")" + END);

  /**
   * Spanish postal code (province 01–52) and optional city: {@code , 28014 Madrid}, {@code CP 08005 Barcelona},
   * {@code E-41013 Sevilla}. Rejects {@code 28014 personas} (a count) and {@code 53001} (no such province).
   */
  static final Pattern POSTAL_ES = Pattern.compile(H + "{0,2}[,.-]?" + H + "{0,2}(?:(?iu:c\\." + H
      + "?p\\.?|cp)" + H + "?:?" + H + "{0,2})?(?:E-)?(?:0[1-9]|[1-4]\\d|5[0-2])\\d{3}"
      + "(?![\\p{L}\\p{N}]|[.,]\\d)(?!" + H + "{1,2}\\p{Ll})"
      + "(?:(?:" + H + "{1,2}|" + H + "{0,2}[,-]" + H + "{0,2})" + PLACE + "(?:" + H + "{0,2}\\(" + PLACE
      + "\\))?)?");

  /**
   * One Mexican tail segment: colonia-like ({@code Col. Del Valle}, {@code Colonia 1 de Mayo},
   * {@code Fracc. Las Palmas}, {@code Alcaldía Cuauhtémoc}) or a postal code with its marker
   * ({@code C.P. 06000}).
   */
  static final Pattern SEGMENT_MX = Pattern.compile(H + "{0,2}[,.]?" + H + "{0,2}(?:"
      + "(?:(?iu:col\\.?|colonia|fracc?\\.|fraccionamiento|barrio|bo\\.|unidad" + H + "habitacional|u\\."
      + H + "?h\\.|residencial|ejido|alcald[íi]a|delegaci[óo]n|del\\.|mpio\\.|municipio))" + H + "{1,2}(?:\\d{1,2}"
      + H + "(?iu:de)" + H + ")?" + PLACE
      + "|(?:(?iu:c\\." + H + "?p\\.?|cp)" + H + "?:?" + H + "{0,2}\\d{5}(?![\\p{L}\\p{N}]))"
      + ")");

  /** A city or state after a Mexican colonia or C.P., comma-led and ending the clause: {@code , Ciudad de México}. */
  static final Pattern PLACE_MX = Pattern.compile(H + "{0,2}," + H + "{0,2}" + PLACE
      + "(?=" + H + "{0,2}(?:[.,;:)\\]\\r\\n]|$))");

  /** First chars that may start a part ('0': any digit, 'A': any upper-case ASCII letter); see mayStart. */
  static final String NUMBER_LEADS = "0nN#sSkK";
  static final String UNIT_LEADS = "0Apebladcimnosá";
  static final String POSTAL_LEADS = "0cCE";
  static final String SEGMENT_LEADS = "cCfFbBuUrReEaAdDmM";
  static final String PLACE_LEADS = "AÁÉÍÓÚÑ";

  private AddressPatterns() {}

  /**
   * Whether the first char after up to 6 separators ({@code ' '}, {@code ','}, {@code '.'}, {@code '-'}) at
   * {@code pos} is one that {@code leads} lets start a part; a cheap reject before running the part's regex.
   */
  static boolean mayStart(CharSequence text, int pos, String leads) {
    int n = text.length();
    for (int i = pos; i < n && i < pos + 7; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != ',' && c != '.' && c != '-' && c != '\t' && c != '\u00a0' && c != '–') {
        return (c >= '0' && c <= '9' && leads.indexOf('0') >= 0) || (c >= 'A' && c <= 'Z' && leads.indexOf('A') >= 0)
            || leads.indexOf(c) >= 0;
      }
    }
    return false;
  }
}
