package org.piishield.redact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.piishield.detect.EntityType;
import org.piishield.text.Json;

/**
 * Parses a policy from JSON. Format:
 *
 * <pre>{@code
 * {
 *   "name": "records-office",
 *   "default": {"operator": "replace", "exemption": "(b)(6)"},
 *   "types": {
 *     "PERSON":  {"operator": "replace", "text": "(b)(6)", "exemption": "(b)(6)", "minScore": 0.6},
 *     "US_SSN":  {"operator": "mask", "char": "*", "count": 5, "fromEnd": false},
 *     "EMAIL":   {"operator": "hash", "hexChars": 16},
 *     "DATE":    {"operator": "keep"}
 *   }
 * }
 * }</pre>
 *
 * Operators and their options: {@code redact}; {@code replace} ({@code text}, default the type label);
 * {@code mask} ({@code char} default {@code *}, {@code count} default all, {@code fromEnd} default false);
 * {@code hash} ({@code hexChars} default 16; the key comes from the caller, never from the file);
 * {@code pseudonym} ({@code prefix}, default the type id); {@code keep}. Every rule may carry
 * {@code minScore} (0–1, default 0) and {@code exemption}. Unknown keys are errors, so a typo cannot
 * silently weaken a policy. The only exception thrown is {@link IllegalArgumentException}.
 */
public final class PolicyParser {

  private static final Set<String> TOP_KEYS = Set.of("name", "description", "default", "types");
  private static final Set<String> RULE_KEYS =
      Set.of("operator", "text", "char", "count", "fromEnd", "hexChars", "prefix", "minScore", "exemption");

  private PolicyParser() {}

  public static Policy parse(String json, String sourceName, byte[] hashKey) {
    Object root;
    try {
      root = Json.parse(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
    Map<String, Object> top = object(root, "policy");
    unknownKeys(top, TOP_KEYS, "policy");
    String name = top.containsKey("name") ? string(top.get("name"), "name") : sourceName;
    PolicyRule def = top.containsKey("default")
        ? rule(object(top.get("default"), "default"), "default", hashKey)
        : new PolicyRule(ReplaceSpec.typeLabel(), 0, null);
    Map<EntityType, PolicyRule> rules = new HashMap<>();
    if (top.containsKey("types")) {
      for (Map.Entry<String, Object> e : object(top.get("types"), "types").entrySet()) {
        EntityType t;
        try {
          t = EntityType.of(e.getKey());
        } catch (IllegalArgumentException bad) {
          throw new IllegalArgumentException("types: bad entity type \"" + e.getKey() + "\"");
        }
        rules.put(t, rule(object(e.getValue(), "types." + e.getKey()), "types." + e.getKey(), hashKey));
      }
    }
    return new Policy(name, def, rules);
  }

  private static PolicyRule rule(Map<String, Object> m, String where, byte[] hashKey) {
    unknownKeys(m, RULE_KEYS, where);
    if (!m.containsKey("operator")) {
      throw new IllegalArgumentException(where + ": missing \"operator\"");
    }
    String op = string(m.get("operator"), where + ".operator");
    OperatorSpec spec = switch (op) {
      case "redact" -> new RedactSpec();
      case "replace" -> new ReplaceSpec(m.containsKey("text") ? string(m.get("text"), where + ".text") : null);
      case "mask" -> mask(m, where);
      case "hash" -> {
        if (hashKey == null) {
          throw new IllegalArgumentException(where + ": the hash operator needs a key; set SHIELD_HASH_KEY "
              + "(base64, at least 16 bytes)");
        }
        yield new HashSpec(hashKey, m.containsKey("hexChars") ? (int) integer(m.get("hexChars"), where) : 16);
      }
      case "pseudonym" -> new PseudonymSpec(m.containsKey("prefix") ? string(m.get("prefix"), where + ".prefix") : null);
      case "keep" -> new KeepSpec();
      default -> throw new IllegalArgumentException(where + ": unknown operator \"" + op
          + "\" (expected redact, replace, mask, hash, pseudonym or keep)");
    };
    double min = m.containsKey("minScore") ? number(m.get("minScore"), where + ".minScore") : 0;
    String exemption = m.containsKey("exemption") ? string(m.get("exemption"), where + ".exemption") : null;
    try {
      return new PolicyRule(spec, min, exemption);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static MaskSpec mask(Map<String, Object> m, String where) {
    char c = '*';
    if (m.containsKey("char")) {
      String s = string(m.get("char"), where + ".char");
      if (s.length() != 1) {
        throw new IllegalArgumentException(where + ".char: must be exactly one character");
      }
      c = s.charAt(0);
    }
    long count = m.containsKey("count") ? integer(m.get("count"), where + ".count") : Integer.MAX_VALUE;
    if (count < 1 || count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(where + ".count: must be at least 1");
    }
    boolean fromEnd = m.containsKey("fromEnd") && bool(m.get("fromEnd"), where + ".fromEnd");
    try {
      return new MaskSpec(c, (int) count, fromEnd ? MaskSpec.From.END : MaskSpec.From.START);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static void unknownKeys(Map<String, Object> m, Set<String> allowed, String where) {
    for (String k : m.keySet()) {
      if (!allowed.contains(k)) {
        throw new IllegalArgumentException(where + ": unknown key \"" + k + "\" (allowed: "
            + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object o, String where) {
    if (o instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new IllegalArgumentException(where + ": expected an object");
  }

  private static String string(Object o, String where) {
    if (o instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException(where + ": expected a string");
  }

  private static double number(Object o, String where) {
    if (o instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException(where + ": expected a number");
  }

  private static long integer(Object o, String where) {
    if (o instanceof Long l) {
      return l;
    }
    throw new IllegalArgumentException(where + ": expected a whole number");
  }

  private static boolean bool(Object o, String where) {
    if (o instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException(where + ": expected true or false");
  }

  static List<String> operatorNames() {
    return List.of("redact", "replace", "mask", "hash", "pseudonym", "keep");
  }
}
