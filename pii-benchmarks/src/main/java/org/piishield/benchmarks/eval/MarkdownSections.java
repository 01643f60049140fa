package org.piishield.benchmarks.eval;

/**
 * Replaces generated sections of a Markdown file in place, keeping everything else a person wrote. A
 * section is the text between {@code <!-- generated:ID:begin -->} and {@code <!-- generated:ID:end -->}
 * (markers on lines of their own); a section not yet in the file is appended at its end.
 */
final class MarkdownSections {

  private MarkdownSections() {}

  static String beginMarker(String id) {
    return "<!-- generated:" + id + ":begin -->";
  }

  static String endMarker(String id) {
    return "<!-- generated:" + id + ":end -->";
  }

  /** {@code document} with section {@code id} set to {@code body} (which should end with a newline). */
  static String replace(String document, String id, String body) {
    String begin = beginMarker(id);
    String end = endMarker(id);
    int b = document.indexOf(begin);
    int e = b < 0 ? -1 : document.indexOf(end, b);
    if (b >= 0 && e >= 0) {
      return document.substring(0, b + begin.length()) + "\n" + body + document.substring(e);
    }
    StringBuilder sb = new StringBuilder(document);
    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
    if (sb.length() > 0) {
      sb.append('\n');
    }
    return sb.append(begin).append('\n').append(body).append(end).append('\n').toString();
  }
}
