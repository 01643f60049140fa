package org.piishield.recognizers.external;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.text.Json;

/**
 * How to reach a user-supplied NER service, read from a small JSON file:
 *
 * <pre>{@code
 * {
 *   "url": "http://127.0.0.1:8000/ner",
 *   "timeoutMillis": 5000,
 *   "maxChars": 10000,
 *   "languages": ["en", "es"],
 *   "types": {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"},
 *   "ignoreTypes": ["MISC"],
 *   "defaultScore": 0.85,
 *   "offsets": "utf16",
 *   "allowRemote": false
 * }
 * }</pre>
 *
 * Only {@code url} and {@code types} are required; the other values above are the defaults, except
 * {@code languages} ({@code ["en"]}) and {@code ignoreTypes} (none). {@code name} (default
 * {@code external_model}) is the recognizer's id in findings. Unknown fields are errors, so a mistyped
 * {@code "allowremote"} cannot pass unnoticed.
 *
 * <p>The url must point at this machine ({@code localhost}, {@code 127.0.0.0/8} or {@code ::1}) unless
 * {@code "allowRemote": true} is set: PII Shield sends document text to nobody else by default.
 */
public record ExternalModelConfig(
    String name,
    URI url,
    Duration timeout,
    int maxChars,
    Set<Language> languages,
    Map<String, EntityType> types,
    Set<String> ignoreTypes,
    double defaultScore,
    boolean codePointOffsets,
    boolean allowRemote) {

  /** The recognizer id when the file names none. */
  public static final String DEFAULT_NAME = "external_model";

  private static final Set<String> FIELDS = Set.of("name", "url", "timeoutMillis", "maxChars", "languages", "types",
      "ignoreTypes", "defaultScore", "offsets", "allowRemote");

  public ExternalModelConfig {
    if (languages.isEmpty() || types.isEmpty() || maxChars < 16 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("an external model needs a language, a type, a positive timeout and "
          + "maxChars of at least 16");
    }
    languages = Collections.unmodifiableSet(EnumSet.copyOf(languages));
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    ignoreTypes = Set.copyOf(ignoreTypes);
  }

  /**
   * Reads {@code file}. A file that cannot be read or holds a bad value is an {@link IllegalArgumentException}
   * whose message starts with the file name and names the field, e.g.
   * {@code model.json: field 'timeoutMillis': must be a whole number from 1 to 600000, was -5}.
   */
  public static ExternalModelConfig load(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getClass().getSimpleName(), e);
    }
    return parse(json, file.toString());
  }

  /** Parses the JSON of a configuration file called {@code source} (used in error messages). */
  public static ExternalModelConfig parse(String json, String source) {
    Object root;
    try {
      root = Json.parse(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": not valid JSON: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(source + ": expected a JSON object with at least \"url\" and \"types\"");
    }
    return new Reader(source, m).config();
  }

  /** Reads and checks one field after another; every error names the source and the field. */
  private static final class Reader {
    private final String source;
    private final Map<?, ?> m;

    Reader(String source, Map<?, ?> m) {
      this.source = source;
      this.m = m;
    }

    ExternalModelConfig config() {
      for (Object k : m.keySet()) {
        if (!FIELDS.contains(k)) {
          throw new IllegalArgumentException(source + ": unknown field '" + k + "' (known: "
              + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
        }
      }
      boolean allowRemote = bool("allowRemote", false);
      URI url = url(allowRemote);
      String name = string("name", DEFAULT_NAME);
      if (!name.matches("[a-z0-9_]{1,40}")) {
        throw bad("name", "must be 1 to 40 of a-z, 0-9 and _, was '" + name + "'");
      }
      int timeout = (int) whole("timeoutMillis", 5000, 1, 600_000);
      int maxChars = (int) whole("maxChars", 10_000, 16, 10_000_000);
      double defaultScore = number("defaultScore", 0.85);
      String offsets = string("offsets", "utf16");
      if (!offsets.equals("utf16") && !offsets.equals("codepoints")) {
        throw bad("offsets", "expected \"utf16\" or \"codepoints\", was '" + offsets + "'");
      }
      return new ExternalModelConfig(name, url, Duration.ofMillis(timeout), maxChars, languages(), types(),
          strings("ignoreTypes"), defaultScore, offsets.equals("codepoints"), allowRemote);
    }

    private URI url(boolean allowRemote) {
      if (!m.containsKey("url")) {
        throw bad("url", "missing (e.g. \"http://127.0.0.1:8000/ner\")");
      }
      String raw = string("url", null);
      if (raw == null) {
        throw bad("url", "must be a string, not null");
      }
      URI url;
      try {
        url = new URI(raw);
      } catch (URISyntaxException e) {
        throw bad("url", "not a valid URL: " + e.getReason());
      }
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
        throw bad("url", "expected http://HOST:PORT/PATH or https://…, was '" + raw + "'");
      }
      if (url.getUserInfo() != null) {
        throw bad("url", "must not hold a user name or password");
      }
      if (!allowRemote && !isLoopback(url.getHost())) {
        throw bad("url", "host '" + url.getHost() + "' is not this machine; PII Shield sends document text only to "
            + "localhost, 127.0.0.1 or ::1 unless the file sets \"allowRemote\": true");
      }
      return url;
    }

    private Set<Language> languages() {
      Set<String> codes = m.containsKey("languages") ? strings("languages") : Set.of("en");
      if (codes.isEmpty()) {
        throw bad("languages", "must list at least one of en, es");
      }
      Set<Language> out = EnumSet.noneOf(Language.class);
      for (String c : codes) {
        try {
          out.add(Language.parse(c));
        } catch (IllegalArgumentException e) {
          throw bad("languages", "unknown language '" + c + "' (expected en or es)");
        }
      }
      return out;
    }

    private Map<String, EntityType> types() {
      Object v = m.get("types");
      if (!(v instanceof Map<?, ?> map) || map.isEmpty()) {
        throw bad("types", "expected an object mapping the model's labels to entity types, e.g. "
            + "{\"PER\": \"PERSON\", \"LOC\": \"LOCATION\", \"ORG\": \"ORGANIZATION\"}");
      }
      Map<String, EntityType> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getValue() instanceof String s)) {
          throw bad("types", "the label '" + e.getKey() + "' must map to an entity type name");
        }
        try {
          out.put((String) e.getKey(), EntityType.of(s));
        } catch (IllegalArgumentException x) {
          throw bad("types", "'" + s + "' (for label '" + e.getKey() + "') is not an entity type name (A-Z, 0-9, _)");
        }
      }
      return out;
    }

    private Set<String> strings(String field) {
      Object v = m.get(field);
      if (v == null) {
        return Set.of();
      }
      if (!(v instanceof List<?> list)) {
        throw bad(field, "expected a list of strings");
      }
      Set<String> out = new LinkedHashSet<>();
      for (Object o : list) {
        if (!(o instanceof String s)) {
          throw bad(field, "expected a list of strings");
        }
        out.add(s);
      }
      return out;
    }

    private String string(String field, String dflt) {
      Object v = m.get(field);
      if (v == null) {
        return dflt;
      }
      if (!(v instanceof String s)) {
        throw bad(field, "expected a string");
      }
      return s;
    }

    private boolean bool(String field, boolean dflt) {
      Object v = m.get(field);
      if (v == null) {
        return dflt;
      }
      if (!(v instanceof Boolean b)) {
        throw bad(field, "expected true or false");
      }
      return b;
    }

    private long whole(String field, long dflt, long min, long max) {
      Object v = m.get(field);
      if (v == null) {
        return dflt;
      }
      if (!(v instanceof Long l) || l < min || l > max) {
        throw bad(field, "must be a whole number from " + min + " to " + max + ", was " + v);
      }
      return l;
    }

    private double number(String field, double dflt) {
      Object v = m.get(field);
      if (v == null) {
        return dflt;
      }
      if (!(v instanceof Number n) || !(n.doubleValue() >= 0 && n.doubleValue() <= 1)) {
        throw bad(field, "must be a number from 0 to 1, was " + v);
      }
      return n.doubleValue();
    }

    private IllegalArgumentException bad(String field, String problem) {
      return new IllegalArgumentException(source + ": field '" + field + "': " + problem);
    }
  }

  /**
   * Whether {@code host} is this machine without asking DNS: {@code localhost}, or an IPv4 or IPv6 literal in the
   * loopback range. {@code "127.0.0.1"} and {@code "[::1]"} are; {@code "127.example.org"} is not.
   */
  static boolean isLoopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    boolean literal = h.contains(":") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (!literal) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress(); // a literal: parsed, not looked up
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
