package org.piishield.formats.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Everything a reader, a browser or a scraper can get out of an HTML document, parsed with jsoup (not the
 * extractor redaction uses): the text of all text nodes, every attribute value (as decoded by jsoup, and again
 * percent-decoded), comments, and the text of {@code <script>} and {@code <style>} elements. Each surface is
 * concatenated in document order, so a value split over two text nodes ({@code ann@<b></b>x.org}) is still found.
 *
 * <p>For {@code <a href="mailto:ann%40x.org" title="Ann">Hi</a><!-- Bo -->}: text {@code "Hi"}, attributes
 * {@code "mailto:ann%40x.org mailto:ann@x.org Ann Ann"}, comments {@code " Bo "}.
 */
record HtmlSurfaces(String text, String attributes, String comments, String scripts) {

  static HtmlSurfaces of(String html) {
    Document doc = Jsoup.parse(html);
    StringBuilder text = new StringBuilder();
    StringBuilder attrs = new StringBuilder();
    StringBuilder comments = new StringBuilder();
    StringBuilder scripts = new StringBuilder();
    NodeTraversor.traverse((Node node, int depth) -> {
      if (node instanceof TextNode t) {
        text.append(t.getWholeText());
      } else if (node instanceof DataNode d) {
        scripts.append(d.getWholeData()).append('\n');
      } else if (node instanceof Comment c) {
        comments.append(c.getData()).append('\n');
      } else if (node instanceof Element e) {
        for (Attribute a : e.attributes()) {
          attrs.append(a.getValue()).append('\n').append(percentDecoded(a.getValue())).append('\n');
        }
      }
    }, doc);
    return new HtmlSurfaces(text.toString(), attrs.toString(), comments.toString(), scripts.toString());
  }

  /** The surfaces by check name, in a fixed order. */
  List<String[]> named() {
    List<String[]> out = new ArrayList<>();
    out.add(new String[] {"html-text", text});
    out.add(new String[] {"html-attributes", attributes});
    out.add(new String[] {"html-comments", comments});
    out.add(new String[] {"html-scripts", scripts});
    return out;
  }

  /** {@code %XX} escapes decoded as UTF-8 bytes, and {@code +} as a space; malformed escapes kept as written. */
  static String percentDecoded(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int hi = c == '%' && i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
      int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
      if (lo >= 0) {
        bytes.write(hi << 4 | lo);
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
