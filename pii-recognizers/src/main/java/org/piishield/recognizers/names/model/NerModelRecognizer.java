package org.piishield.recognizers.names.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * Names, places and organisations found by the statistical tagger ({@link NerModel}), run only in the
 * {@link CandidateWindows} around capitalised words. Scores come from {@link ModelSpanScore}; spans are
 * whole tokens, e.g. {@code "Dra. Ana Ruiz"} gives PERSON {@code [5, 13)}.
 *
 * <p>The no-argument constructor (the {@link java.util.ServiceLoader} one) reads the model from the class
 * path resource {@link #RESOURCE} once per JVM, on first use. Without that resource the recognizer reports
 * nothing (the {@code pii-ner-model} module builds it; this module's own tests run without it). A corrupt
 * resource fails the first {@link #detect} with an {@link IllegalStateException} naming the resource.
 *
 * <p>Immutable and thread-safe; per-call buffers are per thread.
 */
public final class NerModelRecognizer implements Recognizer {

  public static final String NAME = "ner_model";
  /** Where the built model lives on the class path. */
  public static final String RESOURCE = "/org/piishield/recognizers/names/model/ner-model.bin";

  private static final Set<EntityType> TYPES = Set.of(EntityType.PERSON, EntityType.LOCATION,
      EntityType.ORGANIZATION);
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** The given model, or {@code null} to use the class-path one. */
  private final NerModel given;

  /** Uses the model resource {@link #RESOURCE}, loaded on first use. */
  public NerModelRecognizer() {
    this.given = null;
  }

  /** Uses {@code model}, e.g. one trained for an evaluation fold. */
  public NerModelRecognizer(NerModel model) {
    this.given = java.util.Objects.requireNonNull(model, "model");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return TYPES;
  }

  @Override
  public boolean supports(Language language) {
    return language == Language.EN || language == Language.ES;
  }

  /** Whether a model is available (given, or the resource is on the class path). */
  public boolean hasModel() {
    return model() != null;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    NerModel model = model();
    if (model == null || ctx.upperTokenCount() == 0) {
      return;
    }
    Scratch s = SCRATCH.get();
    s.windows.find(ctx);
    for (int k = 0; k < s.windows.count(); k++) {
      int from = s.windows.from(k);
      s.window.reset(ctx, from, s.windows.to(k));
      s.tagger.tag(s.window, model);
      emit(ctx, s, from, s.windows.to(k), out);
    }
  }

  private void emit(ScanContext ctx, Scratch s, int from, int to, DetectionSink out) {
    int i = from;
    while (i < to) {
      int label = s.tagger.label(i - from);
      if (!NerLabels.isBegin(label)) {
        i++;
        continue;
      }
      int last = i;
      int inside = NerLabels.inside(label);
      while (last + 1 < to && s.tagger.label(last + 1 - from) == inside && isJoiner(ctx, last)) {
        last++;
      }
      int next = last + 1;
      // a name starts and ends with a capitalised word: "de la Fuente" is reported as "Fuente"
      int first = i;
      while (first <= last && !ctx.tokenHas(first, ScanContext.UPPER_FIRST)) {
        first++;
      }
      while (last >= first && !ctx.tokenHas(last, ScanContext.UPPER_FIRST)) {
        last--;
      }
      if (first <= last) {
        float margin = Float.POSITIVE_INFINITY;
        for (int t = first; t <= last; t++) {
          margin = Math.min(margin, s.tagger.margin(t - from));
        }
        EntityType type = NerLabels.type(label);
        double score = ModelSpanScore.of(type, margin, s.window, first, last);
        out.add(ctx.tokenStart(first), ctx.tokenEnd(last), type, score, this, "tagger", null);
      }
      i = next;
    }
  }

  /**
   * Whether the gap after token {@code t} may sit inside one name: up to three spaces, hyphens, dots or
   * apostrophes, and a dot only after an initial or a short abbreviation ({@code "J. Smith"},
   * {@code "St. Louis"}). A comma, a line break or a sentence's full stop ends the span:
   * {@code "Davis, Reynolds"} is two names at most.
   */
  static boolean isJoiner(ScanContext ctx, int t) {
    CharSequence text = ctx.text();
    int from = ctx.tokenEnd(t);
    int to = ctx.tokenStart(t + 1);
    if (to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (ctx.tokenLength(t) > 3 || !ctx.tokenHas(t, ScanContext.UPPER_FIRST)) {
          return false;
        }
      } else if (c != ' ' && c != '\u00A0' && c != '-' && c != '\'' && c != '\u2019') {
        return false;
      }
    }
    return true;
  }

  private NerModel model() {
    return given != null ? given : ResourceModel.get();
  }

  /** Per-thread buffers. */
  private static final class Scratch {
    final CandidateWindows windows = new CandidateWindows();
    final TokenWindow window = new TokenWindow();
    final NerTagger tagger = new NerTagger();
  }

  /** The class-path model, read once: {@code null} when absent, an exception remembered when corrupt. */
  private static final class ResourceModel {
    private static final NerModel MODEL;
    private static final RuntimeException ERROR;

    static {
      NerModel m = null;
      RuntimeException err = null;
      try (InputStream in = NerModelRecognizer.class.getResourceAsStream(RESOURCE)) {
        if (in != null) {
          m = NerModel.load(new java.io.BufferedInputStream(in, 1 << 16), RESOURCE);
        }
      } catch (IOException e) {
        err = new IllegalStateException(e.getMessage(), e);
      }
      MODEL = m;
      ERROR = err;
    }

    static NerModel get() {
      if (ERROR != null) {
        throw ERROR;
      }
      return MODEL;
    }
  }
}
