package org.piishield.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.RecognizerRegistry;
import org.piishield.engine.PiiEngine;
import org.piishield.recognizers.external.ExternalModelConfig;
import org.piishield.recognizers.external.ExternalModelRecognizer;
import org.piishield.redact.Policy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The detection options shared by {@code scan}, {@code redact} and {@code explain}, and the one place the
 * command line builds a {@link PiiEngine} from them. All built-in recognizers (found through
 * {@code META-INF/services}) are used, plus the user's own NER service when {@code --external-model FILE} (or
 * {@code SHIELD_EXTERNAL_MODEL}) names its configuration; front ends add no detection logic of their own. A missing
 * or invalid configuration file is a usage error (2) naming the file and the field.
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

  /** Names the external-model configuration file when {@code --external-model} is not given. */
  static final String EXTERNAL_MODEL_ENV = "SHIELD_EXTERNAL_MODEL";

  @Option(names = "--external-model", paramLabel = "FILE",
      description = "Also ask your own NER service, configured in the JSON FILE (url, types, …; see the README, "
          + "'Plugging in your own model'). Only localhost unless the file allows remote. Default: $"
          + EXTERNAL_MODEL_ENV + ".")
  String externalModel;

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
    PiiEngine.Builder b = PiiEngine.newBuilder().recognizers(recognizers(spec)).scoreThreshold(threshold);
    if (entities != null && !entities.isEmpty()) {
      b.entities(entityTypes(spec));
    }
    if (policy != null) {
      b.policy(policy);
    }
    return b.build();
  }

  private Collection<Recognizer> recognizers(CommandSpec spec) {
    if (pool == null) {
      List<Recognizer> all = new ArrayList<>(RecognizerRegistry.discover().all());
      ExternalModelRecognizer external = externalModel(spec);
      if (external != null) {
        for (Recognizer r : all) {
          if (r.name().equals(external.name())) {
            throw new ParameterException(spec.commandLine(), "--external-model: the name '" + external.name()
                + "' is a built-in recognizer's; choose another \"name\"");
          }
        }
        all.add(external);
      }
      pool = all;
    }
    return pool;
  }

  /** The recognizer configured by {@code --external-model} or {@code SHIELD_EXTERNAL_MODEL}, or null. */
  private ExternalModelRecognizer externalModel(CommandSpec spec) {
    String file = externalModel;
    String from = "--external-model";
    if (file == null) {
      Map<String, String> env = ((ShieldCommand) spec.root().userObject()).context().env();
      file = env.get(EXTERNAL_MODEL_ENV);
      from = EXTERNAL_MODEL_ENV;
      if (file == null || file.isBlank()) {
        return null;
      }
    }
    if (!Files.isRegularFile(Path.of(file))) {
      throw new ParameterException(spec.commandLine(), from + ": no such file: " + file);
    }
    try {
      return new ExternalModelRecognizer(ExternalModelConfig.load(Path.of(file)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), from + ": " + e.getMessage());
    }
  }

  private List<EntityType> entityTypes(CommandSpec spec) {
    Set<String> known = new TreeSet<>();
    for (Recognizer r : recognizers(spec)) {
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
