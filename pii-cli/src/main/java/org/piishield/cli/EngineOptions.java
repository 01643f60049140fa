package org.piishield.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.RecognizerRegistry;
import org.piishield.engine.PiiEngine;
import org.piishield.redact.Policy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The detection options shared by {@code scan}, {@code redact} and {@code explain}, and the one place the
 * command line builds a {@link PiiEngine} from them. All built-in recognizers (found through
 * {@code META-INF/services}) are used; front ends add no detection logic of their own.
 */
final class EngineOptions {

  /** The engine's own default threshold, repeated here for the help text. */
  static final double DEFAULT_MIN_SCORE = 0.4;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "auto",
      description = "Language of the documents: auto (default; guessed per document), en or es.")
  String lang;

  @Option(names = "--min-score", paramLabel = "S",
      description = "Report only findings scoring at least S, from 0 to 1 (default: " + DEFAULT_MIN_SCORE + ").")
  Double minScore;

  @Option(names = "--entities", paramLabel = "TYPE", split = ",",
      description = "Only these entity types, comma-separated, e.g. EMAIL,PHONE_NUMBER (default: all).")
  List<String> entities;

  private Collection<Recognizer> pool;

  /** The fixed language, or {@code null} for {@code auto} (the engine guesses per document). */
  Language language(CommandSpec spec) {
    if (lang == null || lang.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      return Language.parse(lang);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--lang: expected auto, en or es, but was '" + lang + "'");
    }
  }

  /** Builds the engine: threshold from {@code --min-score}, types from {@code --entities}, {@code policy} (null: default). */
  PiiEngine engine(CommandSpec spec, Policy policy) {
    return engine(spec, policy, minScore == null ? DEFAULT_MIN_SCORE : minScore);
  }

  /** As {@link #engine(CommandSpec, Policy)} with another threshold ({@code explain} shows everything from 0). */
  PiiEngine engine(CommandSpec spec, Policy policy, double threshold) {
    language(spec);
    if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
      throw new ParameterException(spec.commandLine(), "--min-score: must be between 0 and 1, was " + minScore);
    }
    PiiEngine.Builder b = PiiEngine.newBuilder().recognizers(recognizers()).scoreThreshold(threshold);
    if (entities != null && !entities.isEmpty()) {
      b.entities(entityTypes(spec));
    }
    if (policy != null) {
      b.policy(policy);
    }
    return b.build();
  }

  private Collection<Recognizer> recognizers() {
    if (pool == null) {
      pool = RecognizerRegistry.discover().all();
    }
    return pool;
  }

  private List<EntityType> entityTypes(CommandSpec spec) {
    Set<String> known = new TreeSet<>();
    for (Recognizer r : recognizers()) {
      r.entityTypes().forEach(t -> known.add(t.id()));
    }
    List<EntityType> out = new ArrayList<>();
    for (String e : entities) {
      if (e.isBlank()) {
        continue;
      }
      EntityType t;
      try {
        t = EntityType.of(e);
      } catch (IllegalArgumentException bad) {
        t = null;
      }
      if (t == null || !known.contains(t.id())) {
        throw new ParameterException(spec.commandLine(), "--entities: unknown entity type '" + e.trim()
            + "' (the installed recognizers report: " + String.join(", ", known) + ")");
      }
      out.add(t);
    }
    return out;
  }
}
