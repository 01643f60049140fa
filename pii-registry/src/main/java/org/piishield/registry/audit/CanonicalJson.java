package org.piishield.registry.audit;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON text of a flat string map, as stored in {@code audit_log.attributes} and covered by the
 * chain hash: one object, no whitespace, keys sorted by {@link String#compareTo} (UTF-16 code units), strings
 * escaping only {@code "}, {@code \} and control characters below U+0020 ({@code \n}, {@code \t}, … as
 * {@code \}{@code u00XX}). Example: {@code {b=2, a=1}} is {@code {"a":"1","b":"2"}}.
 *
 * <p>{@link #parse} accepts only text that {@link #write} would produce, so one map has exactly one text and
 * one text one map.
 */
final class CanonicalJson {

  private CanonicalJson() {}

  /** The canonical text of {@code map}. */
  static String write(Map<String, String> map) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
      if (b.length() > 1) {
        b.append(',');
      }
      quote(b, e.getKey()).append(':');
      quote(b, e.getValue());
    }
    return b.append('}').toString();
  }

  /** Appends {@code s} as a JSON string with the canonical escapes. */
  static StringBuilder quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"');
  }

  /** The map of canonical {@code text}; {@link IllegalArgumentException} (without the text) otherwise. */
  static Map<String, String> parse(String text) {
    Map<String, String> map = new TreeMap<>();
    int[] pos = {0};
    expect(text, pos, '{');
    if (peek(text, pos) != '}') {
      while (true) {
        String key = string(text, pos);
        expect(text, pos, ':');
        map.put(key, string(text, pos));
        if (peek(text, pos) != ',') {
          break;
        }
        pos[0]++;
      }
    }
    expect(text, pos, '}');
    if (pos[0] != text.length() || !write(map).equals(text)) {
      throw new IllegalArgumentException("attributes are not canonical JSON");
    }
    return Collections.unmodifiableMap(map);
  }

  private static String string(String text, int[] pos) {
    expect(text, pos, '"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = next(text, pos);
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char esc = next(text, pos);
      if (esc == 'u') {
        if (pos[0] + 4 > text.length()) {
          throw new IllegalArgumentException("attributes are not canonical JSON");
        }
        try {
          b.append((char) Integer.parseInt(text.substring(pos[0], pos[0] + 4), 16));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("attributes are not canonical JSON");
        }
        pos[0] += 4;
      } else if (esc == '"' || esc == '\\') {
        b.append(esc);
      } else {
        throw new IllegalArgumentException("attributes are not canonical JSON");
      }
    }
  }

  private static char peek(String text, int[] pos) {
    return pos[0] < text.length() ? text.charAt(pos[0]) : '\0';
  }

  private static char next(String text, int[] pos) {
    if (pos[0] >= text.length()) {
      throw new IllegalArgumentException("attributes are not canonical JSON");
    }
    return text.charAt(pos[0]++);
  }

  private static void expect(String text, int[] pos, char c) {
    if (next(text, pos) != c) {
      throw new IllegalArgumentException("attributes are not canonical JSON");
    }
  }
}
