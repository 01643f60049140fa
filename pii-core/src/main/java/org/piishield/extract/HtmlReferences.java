package org.piishield.extract;

import java.util.Map;

/**
 * Decodes HTML character references ({@code &amp;}, {@code &#64;}, {@code &#x40;}, and {@code &#64} without its
 * semicolon, which browsers also decode) and URL percent-escapes ({@code %40}, {@code %C3%B1}).
 *
 * <p>{@code decodeReference("ann&#64;x.org", 3)} is {@code '@' << 32 | 5}: the code point and the five chars
 * read. Only a fixed list of named references is known (the common Latin-1 letters and punctuation, and the
 * ones used to hide addresses: {@code &commat;}, {@code &period;}, {@code &lowbar;}); others stay as written.
 */
final class HtmlReferences {

  private static final Map<String, Character> NAMED = Map.ofEntries(
      Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
      Map.entry("apos", '\''), Map.entry("nbsp", '\u00a0'), Map.entry("aacute", 'á'), Map.entry("eacute", 'é'),
      Map.entry("iacute", 'í'), Map.entry("oacute", 'ó'), Map.entry("uacute", 'ú'), Map.entry("ntilde", 'ñ'),
      Map.entry("Aacute", 'Á'), Map.entry("Eacute", 'É'), Map.entry("Iacute", 'Í'), Map.entry("Oacute", 'Ó'),
      Map.entry("Uacute", 'Ú'), Map.entry("Ntilde", 'Ñ'), Map.entry("uuml", 'ü'), Map.entry("Uuml", 'Ü'),
      Map.entry("ordm", 'º'), Map.entry("ordf", 'ª'), Map.entry("iquest", '¿'), Map.entry("iexcl", '¡'),
      Map.entry("ndash", '–'), Map.entry("mdash", '—'), Map.entry("rsquo", '’'), Map.entry("lsquo", '‘'),
      Map.entry("rdquo", '”'), Map.entry("ldquo", '“'), Map.entry("hellip", '…'), Map.entry("copy", '©'),
      Map.entry("commat", '@'), Map.entry("period", '.'), Map.entry("lowbar", '_'), Map.entry("hyphen", '-'),
      Map.entry("dash", '-'), Map.entry("colon", ':'), Map.entry("sol", '/'), Map.entry("plus", '+'),
      Map.entry("num", '#'), Map.entry("lpar", '('), Map.entry("rpar", ')'), Map.entry("comma", ','),
      Map.entry("excl", '!'), Map.entry("quest", '?'), Map.entry("equals", '='), Map.entry("percnt", '%'),
      Map.entry("agrave", 'à'), Map.entry("egrave", 'è'), Map.entry("ccedil", 'ç'), Map.entry("Ccedil", 'Ç'),
      Map.entry("ouml", 'ö'), Map.entry("auml", 'ä'), Map.entry("szlig", 'ß'), Map.entry("atilde", 'ã'),
      Map.entry("otilde", 'õ'), Map.entry("acirc", 'â'), Map.entry("ecirc", 'ê'), Map.entry("ocirc", 'ô'));

  private HtmlReferences() {}

  /** The reference at {@code html[amp]} (an {@code &}) as {@code codePoint << 32 | charsRead}, or -1. */
  static long decodeReference(String html, int amp) {
    int n = html.length();
    int j = amp + 1;
    if (j < n && html.charAt(j) == '#') {
      j++;
      boolean hex = j < n && (html.charAt(j) == 'x' || html.charAt(j) == 'X');
      if (hex) {
        j++;
      }
      int s = j;
      long cp = 0;
      while (j < n && j - s < 8 && Character.digit(html.charAt(j), hex ? 16 : 10) >= 0) {
        cp = cp * (hex ? 16 : 10) + Character.digit(html.charAt(j), hex ? 16 : 10);
        j++;
      }
      if (j == s || cp <= 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return -1;
      }
      if (j < n && html.charAt(j) == ';') {
        j++;
      }
      return cp << 32 | (j - amp);
    }
    int s = j;
    while (j < n && j - s < 10 && Character.isLetterOrDigit(html.charAt(j))) {
      j++;
    }
    if (j == s || j >= n || html.charAt(j) != ';') {
      return -1;
    }
    Character c = NAMED.get(html.substring(s, j));
    return c == null ? -1 : (long) c.charValue() << 32 | (j + 1 - amp);
  }

  /**
   * The percent-escape at {@code s[pct]} (a {@code %}) as {@code codePoint << 32 | charsRead}: one escape for
   * ASCII, two to four for a UTF-8 sequence; -1 when it is not a valid escape.
   */
  static long decodePercent(String s, int pct) {
    int b0 = hexByte(s, pct);
    if (b0 < 0) {
      return -1;
    }
    if (b0 < 0x80) {
      return (long) b0 << 32 | 3;
    }
    int more = b0 >= 0xF0 && b0 < 0xF8 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC2 && b0 < 0xE0 ? 1 : -1;
    if (more < 0 || b0 >= 0xF8) {
      return -1;
    }
    int cp = b0 & (0x3F >> more);
    for (int k = 1; k <= more; k++) {
      int p = pct + 3 * k;
      int b = p < s.length() && s.charAt(p) == '%' ? hexByte(s, p) : -1;
      if (b < 0x80 || b >= 0xC0) {
        return -1;
      }
      cp = cp << 6 | (b & 0x3F);
    }
    if (cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return -1;
    }
    return (long) cp << 32 | (3 * (more + 1));
  }

  private static int hexByte(String s, int pct) {
    if (pct + 2 >= s.length()) {
      return -1;
    }
    int hi = Character.digit(s.charAt(pct + 1), 16);
    int lo = Character.digit(s.charAt(pct + 2), 16);
    return hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
  }

  /** {@code s} with {@code & < > " '} written as references: safe in text, in any attribute value and in comments. */
  static String escape(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
