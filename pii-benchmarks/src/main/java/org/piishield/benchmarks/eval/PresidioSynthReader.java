package org.piishield.benchmarks.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.piishield.text.Json;

/**
 * Reads Presidio's synthetic PII sentences ({@code synth_dataset_v2*.json} of microsoft/presidio-research):
 * a JSON array of {@code {full_text, spans:[{entity_type, entity_value, start_position, end_position}], ...}}.
 *
 * <p>Offsets in the file are code-point offsets, end exclusive; they are converted to UTF-16. Each span's
 * {@code entity_value} must equal the text it points at, otherwise the reader fails naming the sample and
 * span index (never the value), since wrong offsets would make every figure meaningless.
 *
 * <p>Document ids are {@code sample-<index>} in file order.
 */
final class PresidioSynthReader {

  private PresidioSynthReader() {}

  static List<GoldDocument> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  static List<GoldDocument> parse(String json) {
    Object root = Json.parse(json);
    if (!(root instanceof List<?> samples)) {
      throw new IllegalArgumentException("expected a JSON array of samples");
    }
    List<GoldDocument> docs = new ArrayList<>(samples.size());
    for (int i = 0; i < samples.size(); i++) {
      docs.add(sample(i, samples.get(i)));
    }
    return docs;
  }

  private static GoldDocument sample(int index, Object o) {
    String where = "sample " + index;
    Map<?, ?> sample = asMap(o, where);
    String text = asString(sample.get("full_text"), where + ": full_text");
    CodePointOffsets offsets = new CodePointOffsets(text);
    Object spansValue = sample.get("spans");
    List<?> spans = spansValue == null ? List.of() : asList(spansValue, where + ": spans");
    List<GoldSpan> gold = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      String at = where + ", span " + k;
      Map<?, ?> span = asMap(spans.get(k), at);
      String label = asString(span.get("entity_type"), at + ": entity_type");
      int start = toUtf16(offsets, asInt(span.get("start_position"), at + ": start_position"), at);
      int end = toUtf16(offsets, asInt(span.get("end_position"), at + ": end_position"), at);
      if (end <= start) {
        throw new IllegalArgumentException(at + ": empty or reversed span");
      }
      if (span.get("entity_value") != null) {
        String value = asString(span.get("entity_value"), at + ": entity_value");
        if (value.length() != end - start || !text.regionMatches(start, value, 0, value.length())) {
          throw new IllegalArgumentException(at + ": entity_value does not match the text at its offsets");
        }
      }
      gold.add(GoldSpan.of(label, start, end));
    }
    return new GoldDocument("sample-" + index, text, gold);
  }

  private static int toUtf16(CodePointOffsets offsets, int codePoint, String where) {
    try {
      return offsets.toUtf16(codePoint);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static Map<?, ?> asMap(Object o, String where) {
    if (o instanceof Map<?, ?> m) {
      return m;
    }
    throw new IllegalArgumentException(where + ": expected a JSON object");
  }

  private static List<?> asList(Object o, String where) {
    if (o instanceof List<?> l) {
      return l;
    }
    throw new IllegalArgumentException(where + ": expected a JSON array");
  }

  private static String asString(Object o, String where) {
    if (o instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException(where + ": expected a string");
  }

  private static int asInt(Object o, String where) {
    if (o instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
      return l.intValue();
    }
    throw new IllegalArgumentException(where + ": expected a non-negative integer");
  }
}
