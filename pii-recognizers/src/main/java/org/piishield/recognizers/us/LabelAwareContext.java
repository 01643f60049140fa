package org.piishield.recognizers.us;

import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.recognizers.internal.context.PhraseTable;
import org.piishield.recognizers.internal.context.RedactionLabels;

/**
 * Context scoring that a recognizer applies itself, the way the engine applies a {@link ContextSpec} (a positive
 * phrase within {@code before} tokens before or {@code after} tokens after the span adds the boost; otherwise a
 * negative phrase subtracts the penalty), except that words inside redaction labels ({@code [US_SSN]},
 * {@code [US_ZIP]}, {@code [US_STREET_ADDRESS]}) and hashes the hash operator wrote do not count; a label ends the window for positive phrases and
 * is skipped, uncounted, for negative ones.
 *
 * <p>Why: the labels the replace operator writes contain the very words these recognizers look for
 * ({@code ssn}, {@code zip}, {@code address}), so with engine-applied context a second redaction pass over
 * {@code "[US_SSN] 39313 060-75-6773 ... case"} would boost a span the first pass had penalised, and redacting
 * twice would change the text. For the same reason the window does not reach across a label: in
 * {@code "SSN Ana Ruiz 12 Oak St, Salem, OR 97301 361-61-2348 case"} the word {@code SSN} is more than 6 tokens
 * from the number, but after the address is redacted to {@code [US_STREET_ADDRESS]} it would be within 6.
 * Spans are reported with {@link DetectionSink#addWithContext}, so the engine adds
 * nothing on top. Immutable and thread-safe.
 */
final class LabelAwareContext {

  private final ContextSpec spec;
  private final PhraseTable positive;
  private final PhraseTable negative;

  /** {@code spec} must be built from the same phrases: it is what {@link Recognizer#context()} documents. */
  LabelAwareContext(ContextSpec spec, String[] positivePhrases, String[] negativePhrases) {
    this.spec = spec;
    this.positive = PhraseTable.of(positivePhrases);
    this.negative = PhraseTable.of(negativePhrases);
  }

  ContextSpec spec() {
    return spec;
  }

  /** A positive phrase around {@code [s, e)}: its text, or {@code null}. */
  String positiveAround(ScanContext ctx, int s, int e) {
    int p = find(positive, ctx, s, e, true);
    return p < 0 ? null : positive.phrase(p);
  }

  /** A positive phrase among the {@code tokens} tokens before token {@code first}: its text, or {@code null}. */
  String positiveBefore(ScanContext ctx, int first, int tokens) {
    int p = findBefore(positive, ctx, first, tokens, true);
    return p < 0 ? null : positive.phrase(p);
  }

  /** Reports {@code [s, e)} at {@code base} moved by the context around it. */
  void report(ScanContext ctx, DetectionSink out, int s, int e, EntityType type, double base, Recognizer source,
      String pattern, String validator) {
    int p = find(positive, ctx, s, e, true);
    if (p >= 0) {
      out.addWithContext(s, e, type, Math.min(1.0, base + spec.boost()), source, pattern, validator,
          positive.phrase(p));
      return;
    }
    int n = negative.size() == 0 ? -1 : find(negative, ctx, s, e, false);
    if (n >= 0) {
      out.addWithContext(s, e, type, Math.max(0.0, base - spec.penalty()), source, pattern, validator,
          "-" + negative.phrase(n));
    } else {
      out.addWithContext(s, e, type, base, source, pattern, validator, null);
    }
  }

  /*
   * Why positive and negative phrases treat labels differently: a second pass over redacted text must not
   * find anything new. A label stands for a span of at least one token. For positive phrases the label ends
   * the window, so the second pass sees a subset of the words the first pass saw and cannot gain a boost. For
   * negative phrases the label's own tokens are skipped without counting, so the window reaches at least as
   * far into the author's words as before and cannot lose a penalty. Example: in "case badge 46357 a is the.
   * 317-96-4297" the word "case" is 6 tokens before the SSN and penalises it; after "46357" becomes
   * "[BADGE_NUMBER]" it still must.
   */
  private int find(PhraseTable table, ScanContext ctx, int s, int e, boolean labelEndsWindow) {
    int first = ctx.tokenAtOrAfter(s);
    int p = findBefore(table, ctx, first, spec.before(), labelEndsWindow);
    if (p >= 0 || spec.after() <= 0) {
      return p;
    }
    return findAfter(table, ctx, ctx.tokenAtOrAfter(e), spec.after(), labelEndsWindow);
  }

  /** A phrase wholly within the {@code tokens} tokens before token {@code first}, nearest first; its id or -1. */
  private static int findBefore(PhraseTable table, ScanContext ctx, int first, int tokens, boolean labelEndsWindow) {
    int lo = first;
    int counted = 0;
    for (int t = first - 1; t >= 0 && counted < tokens; t--) {
      if (isLabelToken(ctx, t)) {
        if (labelEndsWindow) {
          break;
        }
        continue;
      }
      counted++;
      lo = t;
    }
    for (int t = first - 1; t >= lo; t--) {
      int p = matchOutsideLabel(table, ctx, t);
      if (p >= 0 && t - table.tokenCount(p) + 1 >= lo) {
        return p;
      }
    }
    return -1;
  }

  /** A phrase wholly within the {@code tokens} tokens from token {@code next} on, farthest first; id or -1. */
  private static int findAfter(PhraseTable table, ScanContext ctx, int next, int tokens, boolean labelEndsWindow) {
    int hi = next;
    int counted = 0;
    for (int t = next; t < ctx.tokenCount() && counted < tokens; t++) {
      if (isLabelToken(ctx, t)) {
        if (labelEndsWindow) {
          break;
        }
        continue;
      }
      counted++;
      hi = t + 1;
    }
    for (int t = hi - 1; t >= next; t--) {
      int p = matchOutsideLabel(table, ctx, t);
      if (p >= 0 && t - table.tokenCount(p) + 1 >= next) {
        return p;
      }
    }
    return -1;
  }

  private static int matchOutsideLabel(PhraseTable table, ScanContext ctx, int last) {
    int p = table.matchEndingAt(ctx, last);
    if (p < 0) {
      return -1;
    }
    return UsTokens.anyTokenInLabel(ctx, last - table.tokenCount(p) + 1, last) ? -1 : p;
  }

  private static boolean isLabelToken(ScanContext ctx, int t) {
    return UsTokens.isInLabel(ctx.text(), ctx.tokenStart(t), ctx.tokenEnd(t)) || RedactionLabels.isHashToken(ctx, t);
  }
}
