package org.piishield.redact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.piishield.detect.EntityType;

/**
 * Maps entity types to {@link PolicyRule}s, with a default rule for types not listed. Immutable.
 *
 * <p>Policies load from JSON ({@link PolicyParser} documents the format) or by built-in name:
 * {@code default} (type labels such as {@code [PERSON]}), {@code foia} (exemption codes in the box),
 * {@code mask}, {@code pseudonym}, {@code remove}.
 */
public final class Policy {

  /** Names of the policies that ship inside the jar. */
  public static final List<String> BUILT_IN = List.of("default", "foia", "mask", "pseudonym", "remove");

  private final String name;
  private final PolicyRule defaultRule;
  private final Map<EntityType, PolicyRule> rules;

  public Policy(String name, PolicyRule defaultRule, Map<EntityType, PolicyRule> rules) {
    this.name = name;
    this.defaultRule = defaultRule;
    this.rules = Map.copyOf(rules);
  }

  /** Type labels for every type, applied at any score the engine reports. */
  public static Policy defaults() {
    return new Policy("default", new PolicyRule(ReplaceSpec.typeLabel(), 0, null), Map.of());
  }

  public String name() {
    return name;
  }

  public PolicyRule rule(EntityType type) {
    return rules.getOrDefault(type, defaultRule);
  }

  public PolicyRule defaultRule() {
    return defaultRule;
  }

  public Map<EntityType, PolicyRule> rules() {
    return rules;
  }

  /** A built-in policy by name; {@code hashKey} may be null unless the policy uses {@code hash}. */
  public static Policy named(String policyName, byte[] hashKey) {
    if (!BUILT_IN.contains(policyName)) {
      throw new IllegalArgumentException("unknown policy '" + policyName + "' (built in: "
          + String.join(", ", BUILT_IN) + "; or give a path to a JSON policy file)");
    }
    String resource = "policies/" + policyName + ".json";
    try (InputStream in = Policy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("built-in policy resource missing: " + resource);
      }
      return PolicyParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), policyName, hashKey);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads {@code nameOrPath}: a built-in name, or a JSON file. Errors name the file and the problem.
   */
  public static Policy load(String nameOrPath, byte[] hashKey) throws IOException {
    if (BUILT_IN.contains(nameOrPath)) {
      return named(nameOrPath, hashKey);
    }
    Path p = Path.of(nameOrPath);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("policy '" + nameOrPath + "' is neither a built-in policy ("
          + String.join(", ", BUILT_IN) + ") nor a readable file");
    }
    String json = Files.readString(p, StandardCharsets.UTF_8);
    try {
      return PolicyParser.parse(json, p.getFileName().toString(), hashKey);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(p + ": " + e.getMessage(), e);
    }
  }
}
