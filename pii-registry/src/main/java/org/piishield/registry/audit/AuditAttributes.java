package org.piishield.registry.audit;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.piishield.registry.normalize.FieldType;

/**
 * The allow-list of audit attribute keys, each with the shape its value must have. An attribute outside it,
 * or a value of the wrong shape, is an {@link IllegalArgumentException} at {@link AuditLog#append}, so a
 * matched text or an enrolled value cannot be logged by accident (a name does not pass as a count or a
 * SHA-256, and there is no free-text key). Messages name the key only when it is allow-listed, never a value.
 *
 * <table>
 *   <caption>Keys and value shapes</caption>
 *   <tr><th>key</th><th>value</th></tr>
 *   <tr><td>{@code person_id}</td><td>an opaque person id, 1-200 chars, no control chars</td></tr>
 *   <tr><td>{@code person_ids}</td><td>person ids separated by {@code ,}</td></tr>
 *   <tr><td>{@code key_id}</td><td>a registry key id, 8-64 lower-case hex chars</td></tr>
 *   <tr><td>{@code source}</td><td>a file name, path or URL of a source, 1-1024 chars, no control chars</td></tr>
 *   <tr><td>{@code source_sha256}, {@code content_sha256}</td><td>SHA-256, 64 lower-case hex chars</td></tr>
 *   <tr><td>{@code field_types}</td><td>{@link FieldType} ids separated by {@code ,}, e.g. {@code name,phone}</td></tr>
 *   <tr><td>{@code people}, {@code rows_rejected}, {@code documents}, {@code bytes}, {@code alerts},
 *       {@code alerts_critical|high|medium|low}, {@code tokens_name|address|phone|email|plate|relative}</td>
 *       <td>a count: decimal digits, no sign, no leading zero</td></tr>
 *   <tr><td>{@code format}, {@code min_severity}</td><td>a word: {@code [a-z0-9_-]{1,32}}</td></tr>
 * </table>
 *
 * <p>Example: {@code check(Map.of("person_id", "p-003"))} passes; {@code check(Map.of("full_name", …))} and
 * {@code check(Map.of("people", "María"))} throw.
 */
public final class AuditAttributes {

  public static final String PERSON_ID = "person_id";
  public static final String PERSON_IDS = "person_ids";
  public static final String KEY_ID = "key_id";
  public static final String SOURCE = "source";
  public static final String SOURCE_SHA256 = "source_sha256";
  public static final String CONTENT_SHA256 = "content_sha256";
  public static final String FIELD_TYPES = "field_types";
  public static final String PEOPLE = "people";
  public static final String ROWS_REJECTED = "rows_rejected";
  public static final String DOCUMENTS = "documents";
  public static final String BYTES = "bytes";
  public static final String ALERTS = "alerts";
  public static final String FORMAT = "format";
  public static final String MIN_SEVERITY = "min_severity";

  /** Longest canonical JSON text of one entry's attributes, in chars (the column holds 16384). */
  static final int MAX_JSON_CHARS = 16_000;

  private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]{0,18}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{8,64}");
  private static final Pattern WORD = Pattern.compile("[a-z0-9_-]{1,32}");

  private enum Shape { PERSON_ID, PERSON_IDS, KEY_ID, SOURCE, SHA256, FIELD_TYPES, COUNT, WORD }

  private static final Map<String, Shape> ALLOWED = allowed0();

  private AuditAttributes() {}

  /** The allowed keys, sorted. */
  public static Set<String> allowed() {
    return ALLOWED.keySet();
  }

  /** {@code tokens_<type id>}, e.g. {@code tokens_phone}: the count of tokens of one field type. */
  public static String tokens(FieldType type) {
    return "tokens_" + type.id();
  }

  /** {@code alerts_<severity>}, e.g. {@code alerts_critical}, for severity critical, high, medium or low. */
  public static String alerts(String severity) {
    String key = "alerts_" + severity;
    if (!ALLOWED.containsKey(key)) {
      throw new IllegalArgumentException("severity must be critical, high, medium or low");
    }
    return key;
  }

  /** Throws {@link IllegalArgumentException} unless every key is allowed and every value has its shape. */
  public static void check(Map<String, String> attributes) {
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      Shape shape = ALLOWED.get(e.getKey());
      if (shape == null) {
        throw new IllegalArgumentException("an audit attribute key is not in the allow-list of AuditAttributes"
            + " (it is not repeated here: it might hold a value)");
      }
      if (!fits(shape, e.getValue())) {
        throw new IllegalArgumentException("audit attribute " + e.getKey() + " must be " + describe(shape));
      }
    }
  }

  private static boolean fits(Shape shape, String v) {
    return switch (shape) {
      case PERSON_ID -> isText(v, 200);
      case PERSON_IDS -> isList(v, s -> isText(s, 200));
      case KEY_ID -> HEX_ID.matcher(v).matches();
      case SOURCE -> isText(v, 1024);
      case SHA256 -> SHA256.matcher(v).matches();
      case FIELD_TYPES -> isList(v, AuditAttributes::isFieldType);
      case COUNT -> COUNT.matcher(v).matches();
      case WORD -> WORD.matcher(v).matches();
    };
  }

  private static String describe(Shape shape) {
    return switch (shape) {
      case PERSON_ID -> "a person id of 1-200 chars without control chars";
      case PERSON_IDS -> "person ids separated by ','";
      case KEY_ID -> "a key id of 8-64 lower-case hex chars";
      case SOURCE -> "a source name of 1-1024 chars without control chars";
      case SHA256 -> "a SHA-256 as 64 lower-case hex chars";
      case FIELD_TYPES -> "field type ids separated by ','";
      case COUNT -> "a count (decimal digits)";
      case WORD -> "a word of [a-z0-9_-]{1,32}";
    };
  }

  private static boolean isText(String v, int max) {
    if (v.isEmpty() || v.length() > max || v.isBlank()) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      if (Character.isISOControl(v.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isList(String v, Predicate<String> item) {
    if (v.isEmpty()) {
      return false;
    }
    for (String s : v.split(",", -1)) {
      if (!item.test(s)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFieldType(String s) {
    for (FieldType t : FieldType.values()) {
      if (t.id().equals(s)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Shape> allowed0() {
    Map<String, Shape> m = new TreeMap<>();
    m.put(PERSON_ID, Shape.PERSON_ID);
    m.put(PERSON_IDS, Shape.PERSON_IDS);
    m.put(KEY_ID, Shape.KEY_ID);
    m.put(SOURCE, Shape.SOURCE);
    m.put(SOURCE_SHA256, Shape.SHA256);
    m.put(CONTENT_SHA256, Shape.SHA256);
    m.put(FIELD_TYPES, Shape.FIELD_TYPES);
    for (String count : new String[] {PEOPLE, ROWS_REJECTED, DOCUMENTS, BYTES, ALERTS,
        "alerts_critical", "alerts_high", "alerts_medium", "alerts_low"}) {
      m.put(count, Shape.COUNT);
    }
    for (FieldType t : FieldType.values()) {
      m.put(tokens(t), Shape.COUNT);
    }
    m.put(FORMAT, Shape.WORD);
    m.put(MIN_SEVERITY, Shape.WORD);
    return Collections.unmodifiableMap(m);
  }
}
