package org.piishield.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.piishield.text.OffsetMap;

/**
 * HTML: tags, comments, scripts and styles are stripped, character references decoded, and block-level
 * tags become line breaks so words on either side stay apart. Every char of the extracted text maps back
 * to the markup through the {@link OffsetMap}, so a redacted copy keeps the markup around the spans.
 * Attribute values are not extracted here (the documents module redacts them).
 */
public final class HtmlExtractor implements DocumentExtractor {

  public static final String NAME = "html";
  private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml");
  private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table",
      "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "aside", "main",
      "blockquote", "pre", "hr", "dt", "dd", "dl", "form", "title", "address", "figcaption", "body", "head",
      "html", "option", "label", "button");
  private static final Map<String, Character> ENTITIES = Map.ofEntries(
      Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
      Map.entry("apos", '\''), Map.entry("nbsp", '\u00a0'), Map.entry("aacute", 'á'), Map.entry("eacute", 'é'),
      Map.entry("iacute", 'í'), Map.entry("oacute", 'ó'), Map.entry("uacute", 'ú'), Map.entry("ntilde", 'ñ'),
      Map.entry("Aacute", 'Á'), Map.entry("Eacute", 'É'), Map.entry("Iacute", 'Í'), Map.entry("Oacute", 'Ó'),
      Map.entry("Uacute", 'Ú'), Map.entry("Ntilde", 'Ñ'), Map.entry("uuml", 'ü'), Map.entry("Uuml", 'Ü'),
      Map.entry("ordm", 'º'), Map.entry("ordf", 'ª'), Map.entry("iquest", '¿'), Map.entry("iexcl", '¡'),
      Map.entry("ndash", '–'), Map.entry("mdash", '—'), Map.entry("rsquo", '’'), Map.entry("lsquo", '‘'),
      Map.entry("rdquo", '”'), Map.entry("ldquo", '“'), Map.entry("hellip", '…'), Map.entry("copy", '©'));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean accepts(String fileName) {
    return EXTENSIONS.contains(PlainTextExtractor.extension(fileName));
  }

  @Override
  public ExtractedText extract(InputStream in, String fileName, long maxBytes) throws IOException, ExtractionException {
    String html = TextDecoding.decode(TextDecoding.readBounded(in, fileName, maxBytes));
    return strip(html);
  }

  /** Strips {@code html}; public for callers that already hold the markup as a string. */
  public static ExtractedText strip(String html) {
    StringBuilder out = new StringBuilder(html.length());
    OffsetMap.Builder map = new OffsetMap.Builder();
    int n = html.length();
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = tagEnd(html, i);
        String tag = tagName(html, i + 1, close);
        if (html.startsWith("<!--", i)) {
          int e = html.indexOf("-->", i + 4);
          close = e < 0 ? n : e + 3;
        } else if (tag.equals("script") || tag.equals("style")) {
          int e = html.toLowerCase(Locale.ROOT).indexOf("</" + tag, close);
          close = e < 0 ? n : tagEnd(html, e);
        }
        if (BLOCK.contains(tag) && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          map.add(out.length(), i - out.length());
          out.append('\n');
        }
        i = close;
        continue;
      }
      map.add(out.length(), i - out.length());
      if (c == '&') {
        int semi = html.indexOf(';', i);
        if (semi > i + 1 && semi - i <= 10) {
          Character decoded = decodeEntity(html.substring(i + 1, semi));
          if (decoded != null) {
            out.append(decoded.charValue());
            i = semi + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return new ExtractedText(out.toString(), html, map.build(), "text/html");
  }

  private static int tagEnd(String html, int lt) {
    int gt = html.indexOf('>', lt);
    return gt < 0 ? html.length() : gt + 1;
  }

  private static String tagName(String html, int from, int to) {
    int s = from;
    if (s < to && html.charAt(s) == '/') {
      s++;
    }
    int e = s;
    while (e < to && Character.isLetterOrDigit(html.charAt(e))) {
      e++;
    }
    return html.substring(s, e).toLowerCase(Locale.ROOT);
  }

  private static Character decodeEntity(String body) {
    if (body.startsWith("#")) {
      try {
        int cp = body.startsWith("#x") || body.startsWith("#X") ? Integer.parseInt(body.substring(2), 16)
            : Integer.parseInt(body.substring(1));
        return cp > 0 && cp < 0xD800 ? (char) cp : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return ENTITIES.get(body);
  }
}
