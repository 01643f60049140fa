package org.piishield.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * One start, end or declaration tag of an HTML document, parsed leniently the way browsers do: the tag ends at
 * the first {@code >} outside a quoted attribute value, so {@code <img alt="a > b">} is one tag.
 *
 * <p>For {@code <a href="mailto:ann@x.org" title=Ann>} at offset 0: {@code name()} is {@code "a"},
 * {@code end()} is 39, and the attributes are {@code href} with value {@code [9, 26)} and {@code title} with value
 * {@code [34, 37)}. Offsets index the markup; values are as written (character references not decoded).
 */
record HtmlTag(String name, boolean closing, int end, int[] attributes) {

  /** Slots per attribute in {@link #attributes}: name start, name end, value start, value end (-1 when none). */
  static final int SLOTS = 4;

  int attributeCount() {
    return attributes.length / SLOTS;
  }

  /** Whether {@code html} has a tag (not a literal {@code <}, as in {@code "a < b"}) at {@code lt}. */
  static boolean startsAt(String html, int lt) {
    if (lt + 1 >= html.length()) {
      return false;
    }
    char c = html.charAt(lt + 1);
    return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
  }

  /** Parses the tag starting with the {@code <} at {@code lt} (see {@link #startsAt}). */
  static HtmlTag parse(String html, int lt) {
    int n = html.length();
    int j = lt + 1;
    boolean closing = j < n && html.charAt(j) == '/';
    if (closing) {
      j++;
    }
    if (j < n && (html.charAt(j) == '!' || html.charAt(j) == '?')) {
      int gt = html.indexOf('>', j);
      return new HtmlTag("!", closing, gt < 0 ? n : gt + 1, new int[0]);
    }
    int s = j;
    while (j < n && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '-' || html.charAt(j) == ':')) {
      j++;
    }
    String name = html.substring(s, j).toLowerCase(Locale.ROOT);
    int[] attrs = new int[0];
    int count = 0;
    while (true) {
      while (j < n && (Character.isWhitespace(html.charAt(j)) || html.charAt(j) == '/')) {
        j++;
      }
      if (j >= n) {
        return new HtmlTag(name, closing, n, Arrays.copyOf(attrs, count * SLOTS));
      }
      if (html.charAt(j) == '>') {
        return new HtmlTag(name, closing, j + 1, Arrays.copyOf(attrs, count * SLOTS));
      }
      int ns = j;
      j++;
      while (j < n && !Character.isWhitespace(html.charAt(j)) && "=>/".indexOf(html.charAt(j)) < 0) {
        j++;
      }
      int ne = j;
      int vs = -1;
      int ve = -1;
      int k = skipSpace(html, j);
      if (k < n && html.charAt(k) == '=') {
        k = skipSpace(html, k + 1);
        if (k < n && (html.charAt(k) == '"' || html.charAt(k) == '\'')) {
          vs = k + 1;
          int q = html.indexOf(html.charAt(k), vs);
          ve = q < 0 ? n : q;
          j = q < 0 ? n : q + 1;
        } else {
          vs = k;
          while (k < n && !Character.isWhitespace(html.charAt(k)) && html.charAt(k) != '>') {
            k++;
          }
          ve = k;
          j = k;
        }
      }
      if (attrs.length < (count + 1) * SLOTS) {
        attrs = Arrays.copyOf(attrs, Math.max(4 * SLOTS, attrs.length * 2));
      }
      attrs[count * SLOTS] = ns;
      attrs[count * SLOTS + 1] = ne;
      attrs[count * SLOTS + 2] = vs;
      attrs[count * SLOTS + 3] = ve;
      count++;
    }
  }

  private static int skipSpace(String html, int j) {
    while (j < html.length() && Character.isWhitespace(html.charAt(j))) {
      j++;
    }
    return j;
  }
}
