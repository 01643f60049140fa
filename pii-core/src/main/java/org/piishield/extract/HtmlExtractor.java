package org.piishield.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.piishield.text.OffsetMap;

/**
 * HTML: the text a reader sees, plus everything else in the markup that can hold personal information, each
 * char mapped back to the markup through the {@link OffsetMap} so a redacted copy keeps the markup around the
 * spans and {@code shield scan} offsets point into the file.
 *
 * <p>Extracted, in document order: text (character references decoded, block-level tags become line breaks);
 * attribute values such as {@code alt}, {@code title}, {@code href}, {@code content}, {@code value},
 * {@code placeholder}, {@code aria-*}, {@code data-*} (all but the structural ones in {@link #STRUCTURAL}),
 * references decoded and, in URL attributes, percent-escapes too; comments and {@code <script>} text (raw, as
 * browsers keep them). Each attribute value, comment and script is a line of its own. {@code <style>} text and
 * tag and attribute names are not extracted.
 *
 * <p>Example: {@code <p>Mail <a href="mailto:ann&#64;x.org" title="Ann Lee">us</a></p>} gives
 * {@code "Mail \nmailto:ann@x.org\nAnn Lee\nus\n"}; the address {@code ann@x.org} at {@code [13, 22)} maps to
 * {@code [27, 40)} in the markup, the whole reference {@code &#64;} included.
 *
 * <p>A char decoded from a reference or escape stands for all of it ({@link OffsetMap.Builder#wide}), so a span
 * ending in one ends after it. Thread-safe; the caller owns the stream.
 */
public final class HtmlExtractor implements DocumentExtractor {

  public static final String NAME = "html";
  private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml");
  private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table",
      "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "aside", "main",
      "blockquote", "pre", "hr", "dt", "dd", "dl", "form", "title", "address", "figcaption", "body", "head",
      "html", "option", "label", "button");
  /** Attributes whose values are layout, types or identifiers of the page itself: not extracted. */
  static final Set<String> STRUCTURAL = Set.of("class", "style", "id", "name", "type", "rel", "rev", "lang",
      "xml:lang", "dir", "width", "height", "charset", "target", "role", "tabindex", "colspan", "rowspan", "align",
      "valign", "border", "cellpadding", "cellspacing", "bgcolor", "color", "method", "enctype", "http-equiv",
      "media", "sizes", "loading", "decoding", "crossorigin", "integrity", "referrerpolicy", "xmlns", "async",
      "defer", "hidden", "disabled", "checked", "selected", "readonly", "required", "multiple", "autocomplete",
      "autofocus", "frameborder", "scrolling", "allow", "sandbox", "nonce", "accept", "spellcheck", "draggable",
      "contenteditable", "translate", "inputmode", "span", "start", "scope", "shape", "coords", "usemap", "ismap",
      "for", "form", "size", "maxlength", "minlength", "min", "max", "step", "cols", "rows", "wrap", "reversed",
      "kind", "srclang", "version", "valuetype");
  /** Attributes holding URLs, whose percent-escapes are decoded ({@code mailto:ann%40x.org}). */
  static final Set<String> URLS = Set.of("href", "src", "action", "formaction", "cite", "poster", "background",
      "longdesc", "data", "srcset", "ping", "codebase", "manifest", "icon", "profile", "xlink:href");

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

  /** Extracts {@code html} (see the class comment); public for callers that already hold the markup. */
  public static ExtractedText strip(String html) {
    return new Stripper(html).run();
  }

  /**
   * {@code s} with {@code & < > " '} written as character references, so a replacement put anywhere
   * {@link #strip} extracts text from (text, a quoted attribute value, a comment) cannot change the markup.
   */
  public static String escape(CharSequence s) {
    return HtmlReferences.escape(s);
  }

  /** One extraction; not thread-safe. */
  private static final class Stripper {
    private final String html;
    private final StringBuilder out;
    private final OffsetMap.Builder map = new OffsetMap.Builder();

    Stripper(String html) {
      this.html = html;
      this.out = new StringBuilder(html.length());
    }

    ExtractedText run() {
      int n = html.length();
      int i = 0;
      while (i < n) {
        char c = html.charAt(i);
        if (c == '<' && html.startsWith("<!--", i)) {
          int e = html.indexOf("-->", i + 4);
          raw(i + 4, e < 0 ? n : e);
          i = e < 0 ? n : e + 3;
        } else if (c == '<' && HtmlTag.startsAt(html, i)) {
          i = tag(i);
        } else if (c == '&') {
          i = reference(i);
        } else {
          put(c, i, 1);
          i++;
        }
      }
      return new ExtractedText(out.toString(), html, map.build(), "text/html");
    }

    /** Handles the tag at {@code lt}; returns where the text after it (and after a script's or style's body) starts. */
    private int tag(int lt) {
      HtmlTag t = HtmlTag.parse(html, lt);
      if (BLOCK.contains(t.name())) {
        lineBreak(lt);
      }
      if (t.closing()) {
        return t.end();
      }
      int[] a = t.attributes();
      for (int k = 0; k < t.attributeCount(); k++) {
        int vs = a[k * HtmlTag.SLOTS + 2];
        int ve = a[k * HtmlTag.SLOTS + 3];
        String attr = html.substring(a[k * HtmlTag.SLOTS], a[k * HtmlTag.SLOTS + 1]).toLowerCase(Locale.ROOT);
        if (vs >= 0 && ve > vs && !STRUCTURAL.contains(attr)) {
          attribute(vs, ve, URLS.contains(attr));
        }
      }
      if (t.name().equals("script") || t.name().equals("style")) {
        int close = closingTag(t.name(), t.end());
        if (t.name().equals("script")) {
          raw(t.end(), close);
        }
        return close >= html.length() ? close : HtmlTag.parse(html, close).end();
      }
      return t.end();
    }

    /** Where {@code </name} starts at or after {@code from}, or the end of the markup. */
    private int closingTag(String name, int from) {
      for (int j = html.indexOf("</", from); j >= 0; j = html.indexOf("</", j + 2)) {
        if (html.regionMatches(true, j + 2, name, 0, name.length())) {
          return j;
        }
      }
      return html.length();
    }

    private void attribute(int from, int to, boolean url) {
      lineBreak(from);
      int i = from;
      while (i < to) {
        char c = html.charAt(i);
        if (c == '&') {
          i = reference(i);
        } else if (url && c == '%') {
          long d = HtmlReferences.decodePercent(html, i);
          if (d < 0 || i + (int) d > to) {
            put(c, i, 1);
            i++;
          } else {
            putCodePoint((int) (d >>> 32), i, (int) d);
            i += (int) d;
          }
        } else {
          put(c, i, 1);
          i++;
        }
      }
      lineBreak(to);
    }

    /** Text kept as written (comments, scripts), on a line of its own. */
    private void raw(int from, int to) {
      if (from >= to) {
        return;
      }
      lineBreak(from);
      for (int i = from; i < to; i++) {
        put(html.charAt(i), i, 1);
      }
      lineBreak(to);
    }

    private int reference(int amp) {
      long d = HtmlReferences.decodeReference(html, amp);
      if (d < 0) {
        put('&', amp, 1);
        return amp + 1;
      }
      putCodePoint((int) (d >>> 32), amp, (int) d);
      return amp + (int) d;
    }

    private void putCodePoint(int cp, int at, int width) {
      if (Character.isBmpCodePoint(cp)) {
        put((char) cp, at, width);
      } else {
        put(Character.highSurrogate(cp), at, 1);
        put(Character.lowSurrogate(cp), at + 1, width - 1);
      }
    }

    private void put(char c, int at, int width) {
      map.add(out.length(), at - out.length());
      map.wide(out.length(), width);
      out.append(c);
    }

    private void lineBreak(int at) {
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        put('\n', at, 1);
      }
    }
  }
}
