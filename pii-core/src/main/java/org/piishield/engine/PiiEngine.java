package org.piishield.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.detect.Explanation;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.RecognizerRegistry;
import org.piishield.detect.ScanContext;
import org.piishield.internal.ContextEnhancer;
import org.piishield.internal.DetectionBuffer;
import org.piishield.internal.LanguageGuesser;
import org.piishield.redact.Policy;
import org.piishield.redact.PseudonymTable;
import org.piishield.redact.RedactionResult;
import org.piishield.redact.Redactor;
import org.piishield.resolve.OverlapResolver;
import org.piishield.resolve.ResolutionPolicy;

/**
 * The front door: detects personal information in text and redacts it under a policy.
 *
 * <pre>{@code
 * PiiEngine engine = PiiEngine.newBuilder().scoreThreshold(0.5).policy(Policy.named("foia", null)).build();
 * List<Detection> found = engine.detect("Agent Ruiz lives at 12 Oak St.");
 * RedactionResult out = engine.redact("Agent Ruiz lives at 12 Oak St.");
 * }</pre>
 *
 * <p>Each call: (1) tokenise the text once into a per-thread {@link ScanContext}; (2) let every enabled
 * recognizer that supports the language report candidates; (3) raise or lower scores from context words;
 * (4) drop candidates below the threshold or of types not enabled; (5) resolve overlaps with the
 * {@link OverlapResolver}. Offsets are UTF-16 indices into the text given, end exclusive.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class PiiEngine {

  private final List<Recognizer> recognizers;
  private final Set<Language> languages;
  private final double threshold;
  private final Set<EntityType> entities;
  private final OverlapResolver resolver;
  private final Redactor redactor;
  private final int baseBudget;
  private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

  private static final class State {
    final ScanContext ctx = new ScanContext();
    final DetectionBuffer buffer = new DetectionBuffer();
  }

  private PiiEngine(Builder b, List<Recognizer> chosen) {
    this.recognizers = List.copyOf(chosen);
    this.languages = Set.copyOf(b.languages);
    this.threshold = b.threshold;
    this.entities = b.entities == null ? null : Set.copyOf(b.entities);
    this.resolver = new OverlapResolver(b.resolution);
    this.redactor = new Redactor(b.policy);
    this.baseBudget = b.candidateBudget;
  }

  public static Builder newBuilder() {
    return new Builder();
  }

  public List<Recognizer> recognizers() {
    return recognizers;
  }

  public Policy policy() {
    return redactor.policy();
  }

  public double scoreThreshold() {
    return threshold;
  }

  /** The language the engine would scan {@code text} in: the only configured one, or a guess. */
  public Language languageOf(CharSequence text) {
    if (languages.size() == 1) {
      return languages.iterator().next();
    }
    State s = state.get();
    try {
      return LanguageGuesser.guess(s.ctx.reset(text, Language.EN));
    } finally {
      s.ctx.reset("", Language.EN);
    }
  }

  /** Detects in {@code text}, guessing its language when more than one is enabled. */
  public List<Detection> detect(CharSequence text) {
    return detect(text, null);
  }

  /** Detects in {@code text} as {@code language} ({@code null}: guess). */
  public List<Detection> detect(CharSequence text, Language language) {
    return resolver.resolve(candidates(text, language));
  }

  /**
   * All candidates above the threshold, before overlap resolution, each with its explanation. For
   * {@code shield explain} and evaluation.
   */
  public List<Detection> candidates(CharSequence text, Language language) {
    State s = state.get();
    ScanContext ctx = s.ctx;
    DetectionBuffer buf = s.buffer;
    ctx.reset(text, Language.EN);
    Language lang = language != null ? language
        : languages.size() == 1 ? languages.iterator().next() : LanguageGuesser.guess(ctx);
    ctx.language(lang);
    buf.clear(baseBudget + text.length() / 4);
    try {
      for (Recognizer r : recognizers) {
        if (r.supports(lang)) {
          r.detect(ctx, buf);
        }
      }
      ContextEnhancer.enhance(ctx, buf);
      List<Detection> out = new ArrayList<>();
      int n = buf.size();
      for (int i = 0; i < n; i++) {
        double score = buf.score(i);
        EntityType type = buf.type(i);
        if (score < threshold || (entities != null && !entities.contains(type)) || buf.end(i) > text.length()) {
          continue;
        }
        String name = buf.recognizer(i).name();
        Explanation why = new Explanation(name, buf.pattern(i), buf.validator(i), buf.contextWord(i),
            buf.baseScore(i), score);
        out.add(new Detection(buf.start(i), buf.end(i), type, score, name, why));
      }
      return out;
    } finally {
      buf.clear(0);
      ctx.reset("", lang);
    }
  }

  /** Detects and redacts {@code text} under the engine's policy with a fresh pseudonym table. */
  public RedactionResult redact(CharSequence text) {
    return redact(text, detect(text), new PseudonymTable());
  }

  /** Redacts {@code text} at the given resolved detections, sharing {@code pseudonyms} (e.g. across a case). */
  public RedactionResult redact(CharSequence text, List<Detection> resolved, PseudonymTable pseudonyms) {
    return redactor.apply(text, resolved, pseudonyms);
  }

  /**
   * Configures an engine. Defaults: every recognizer found through {@link java.util.ServiceLoader}, English
   * and Spanish (guessed per text), threshold 0.4, every entity type, {@link ResolutionPolicy#SCORE_THEN_LENGTH},
   * the {@link Policy#defaults() default policy}.
   */
  public static final class Builder {
    private Collection<Recognizer> recognizers;
    private Set<String> only;
    private final Set<Language> languages = EnumSet.allOf(Language.class);
    private double threshold = 0.4;
    private Set<EntityType> entities;
    private ResolutionPolicy resolution = ResolutionPolicy.SCORE_THEN_LENGTH;
    private Policy policy = Policy.defaults();
    private int candidateBudget = 10_000;

    private Builder() {}

    /** Use exactly these recognizers instead of discovering them. */
    public Builder recognizers(Collection<? extends Recognizer> list) {
      this.recognizers = new ArrayList<>(list);
      return this;
    }

    /** Keep only the recognizers with these names (unknown names are errors at {@link #build()}). */
    public Builder onlyRecognizers(Collection<String> names) {
      this.only = new LinkedHashSet<>(names);
      return this;
    }

    public Builder languages(Language... langs) {
      if (langs.length == 0) {
        throw new IllegalArgumentException("at least one language is required");
      }
      languages.clear();
      languages.addAll(List.of(langs));
      return this;
    }

    public Builder scoreThreshold(double t) {
      if (!(t >= 0 && t <= 1)) {
        throw new IllegalArgumentException("score threshold must be between 0 and 1, was " + t);
      }
      this.threshold = t;
      return this;
    }

    /** Report only these entity types ({@code null}: all). */
    public Builder entities(Collection<EntityType> types) {
      this.entities = types == null ? null : new LinkedHashSet<>(types);
      return this;
    }

    public Builder resolution(ResolutionPolicy p) {
      this.resolution = java.util.Objects.requireNonNull(p);
      return this;
    }

    public Builder policy(Policy p) {
      this.policy = java.util.Objects.requireNonNull(p);
      return this;
    }

    /** Candidates allowed per document before further ones are dropped: this plus one per 4 chars. */
    public Builder candidateBudget(int base) {
      if (base < 1) {
        throw new IllegalArgumentException("candidate budget must be positive");
      }
      this.candidateBudget = base;
      return this;
    }

    public PiiEngine build() {
      Collection<Recognizer> pool = recognizers != null ? recognizers : RecognizerRegistry.discover().all();
      RecognizerRegistry reg = RecognizerRegistry.of(pool);
      List<Recognizer> chosen = new ArrayList<>();
      if (only != null) {
        for (String n : only) {
          chosen.add(reg.get(n));
        }
      } else {
        chosen.addAll(reg.all());
      }
      return new PiiEngine(this, chosen);
    }
  }
}
