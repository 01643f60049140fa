package org.piishield.recognizers.external;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.text.Json;

/**
 * Reads the model's answer for one piece of text, {@code [{"start": 0, "end": 8, "type": "PER", "score": 0.97}]},
 * checks every span and reports it, shifted to the piece's place in the whole text. Nothing is reported unless the
 * whole answer is good: a bad span fails the piece with an {@link ExternalModelException} saying which span and
 * why (its offsets and label, never the text).
 */
final class ModelSpans {

  /** The pattern name findings carry in explanations. */
  static final String PATTERN = "model";
  private static final Pattern JSON_OFFSET = Pattern.compile("at offset (\\d+)");

  private ModelSpans() {}

  /**
   * Checks {@code body}, the answer for {@code text[start, end)}, and reports its spans to {@code out}; returns
   * how many it reported ({@code ignoreTypes} are dropped).
   */
  static int report(String body, CharSequence text, int start, int end, ExternalModelConfig config,
      Recognizer source, String service, DetectionSink out) {
    List<?> spans = spans(body, service);
    int[] s = new int[spans.size()];
    int[] e = new int[spans.size()];
    EntityType[] types = new EntityType[spans.size()];
    double[] scores = new double[spans.size()];
    int kept = 0;
    for (int i = 0; i < spans.size(); i++) {
      if (!(spans.get(i) instanceof Map<?, ?> span)) {
        throw fail(service, "span " + i + " is not a JSON object");
      }
      Object label = span.get("type");
      if (!(label instanceof String l)) {
        throw fail(service, "span " + i + " has no \"type\" string");
      }
      if (config.ignoreTypes().contains(l)) {
        continue;
      }
      EntityType type = config.types().get(l);
      if (type == null) {
        throw fail(service, "span " + i + " has the unknown type '" + label(l) + "' (map it under \"types\" or list "
            + "it under \"ignoreTypes\" in the configuration)");
      }
      int from = offset(span, "start", i, service);
      int to = offset(span, "end", i, service);
      if (config.codePointOffsets()) {
        int points = Character.codePointCount(text, start, end);
        check(from, to, points, i, service, "code points");
        from = Character.offsetByCodePoints(text, start, from);
        to = Character.offsetByCodePoints(text, start, to);
      } else {
        check(from, to, end - start, i, service, "chars");
        from += start;
        to += start;
        if (splitsPair(text, from) || splitsPair(text, to)) {
          throw fail(service, "span " + i + " [" + (from - start) + ", " + (to - start) + ") cuts a character in two "
              + "(a UTF-16 surrogate pair); if the service counts code points, set \"offsets\": \"codepoints\"");
        }
      }
      s[kept] = from;
      e[kept] = to;
      types[kept] = type;
      scores[kept] = score(span, i, config.defaultScore(), service);
      kept++;
    }
    for (int i = 0; i < kept; i++) {
      out.add(s[i], e[i], types[i], scores[i], source, PATTERN, null);
    }
    return kept;
  }

  private static List<?> spans(String body, String service) {
    Object root;
    try {
      root = Json.parse(body);
    } catch (IllegalArgumentException e) {
      // Json's message may quote a char or key of the answer, which may echo the text: keep only the offset
      Matcher m = JSON_OFFSET.matcher(String.valueOf(e.getMessage()));
      throw fail(service, "answered malformed JSON" + (m.find() ? " (at offset " + m.group(1) + ")" : ""));
    }
    if (!(root instanceof List<?> list)) {
      throw fail(service, "answered JSON that is not a list of spans [{\"start\", \"end\", \"type\", \"score\"}]");
    }
    return list;
  }

  private static int offset(Map<?, ?> span, String key, int i, String service) {
    Object v = span.get(key);
    if (!(v instanceof Long l) || l < 0 || l > Integer.MAX_VALUE) {
      throw fail(service, "span " + i + " has no whole, non-negative \"" + key + "\"");
    }
    return (int) (long) l;
  }

  private static void check(int from, int to, int length, int i, String service, String unit) {
    if (from >= to || to > length) {
      throw fail(service, "span " + i + " [" + from + ", " + to + ") is not inside the " + length + " " + unit
          + " sent (start must be below end, end at most the length)");
    }
  }

  private static double score(Map<?, ?> span, int i, double dflt, String service) {
    if (!span.containsKey("score")) {
      return dflt;
    }
    if (!(span.get("score") instanceof Number n) || !(n.doubleValue() >= 0 && n.doubleValue() <= 1)) {
      throw fail(service, "span " + i + " has a \"score\" that is not a number from 0 to 1");
    }
    return n.doubleValue();
  }

  private static boolean splitsPair(CharSequence text, int at) {
    return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at));
  }

  /** A label is the model's, not the document's, but an echoing service could put text there: cut it short. */
  private static String label(String l) {
    return l.length() <= 20 ? l : l.substring(0, 20) + "…";
  }

  static ExternalModelException fail(String service, String problem) {
    return new ExternalModelException(service + ": " + problem);
  }
}
