package org.piishield.recognizers.names.model;

import org.piishield.detect.ScanContext;
import org.piishield.recognizers.names.NameSignals;

/**
 * The features of one token of a {@link TokenWindow}, written to a {@link FeatureSink}.
 *
 * <p>Static features (once per token): bias, language, the folded word, its three-char prefix and suffix,
 * its shape ({@code "Xx"}, {@code "X.X"} collapsed), a capitalisation code with sentence start, the folded
 * words and capitalisation codes two tokens each side, the char right after and right before, the
 * {@link NameSignals} of the word (given-name, surname and English-word classes, role flags, place kind),
 * the roles of the neighbours (a title or an organisation word before, an organisation word or particle
 * after) and whether its line is written in capitals. History features ({@link #history}) add the two
 * previous labels of the greedy decoder.
 *
 * <p>Example: for {@code "Dra. Ana Ruiz"} in Spanish, token {@code Ana} yields among others
 * {@code w=ana}, {@code shape=Xx}, {@code cap=2}, {@code w-1=dra}, {@code given=6} and {@code f-1=title}.
 * Stateless and thread-safe.
 */
final class NerFeatures {

  /** Capitalisation codes: lower first, upper first, all upper, digits, other. */
  static final int CAP_LOWER = 0;
  static final int CAP_UPPER = 1;
  static final int CAP_ALL = 2;
  static final int CAP_DIGIT = 3;

  private static final int MAX_SHAPE = 8;
  private static final int[] FLAG_BITS = {
      NameSignals.ES_WORD, NameSignals.AMBIGUOUS, NameSignals.NEVER, NameSignals.TITLE, NameSignals.PARTICLE,
      NameSignals.STREET, NameSignals.ORG_AFTER, NameSignals.ORG_BEFORE, NameSignals.FUNCTION_WORD,
      NameSignals.WORD_SHAPED, NameSignals.ORG_WORD, NameSignals.LOCATION_BEGIN, NameSignals.LOCATION_AMBIGUOUS,
      NameSignals.AMBIGUOUS_NAME};
  private static final String[] FLAG_NAMES = {
      "es", "ambiguous", "never", "title", "particle", "street", "orgAfter", "orgBefore", "function", "wordShaped",
      "orgWord", "locBegin", "locAmbiguous", "ambiguousName"};
  /** Roles that matter in a neighbour: what introduces or closes a name. */
  private static final int NEIGHBOUR_ROLES = NameSignals.TITLE | NameSignals.PARTICLE | NameSignals.ORG_AFTER
      | NameSignals.ORG_BEFORE | NameSignals.ORG_WORD | NameSignals.STREET | NameSignals.FUNCTION_WORD;

  private NerFeatures() {}

  /** Writes the static features of token {@code t} (inside {@code w}) to {@code out}. */
  static void extract(TokenWindow w, int t, StringBuilder shapeScratch, FeatureSink out) {
    ScanContext ctx = w.ctx();
    CharSequence text = ctx.text();
    int s = w.signals(t);
    int off = ctx.tokenStart(t);
    int len = ctx.tokenLength(t);
    int cap = capCode(ctx, t);
    boolean start = (s & NameSignals.SENTENCE_START) != 0;
    out.add("bias", 0);
    out.add("lang", ctx.language().ordinal());
    out.add("lang+cap", ctx.language().ordinal() * 16 + cap * 2 + (start ? 1 : 0));
    out.addWord("w", text, off, len, w.wordHash(t));
    if (len > 3) {
      out.addWord("p3", text, off, 3, HashingFeatureSink.foldedHash(text, off, 3));
      out.addWord("s3", text, off + len - 3, 3, HashingFeatureSink.foldedHash(text, off + len - 3, 3));
    }
    if (len > 2) {
      out.addWord("s2", text, off + len - 2, 2, HashingFeatureSink.foldedHash(text, off + len - 2, 2));
    }
    shape(text, off, len, shapeScratch);
    out.addChars("shape", shapeScratch, 0, shapeScratch.length());
    out.add("cap", cap * 2 + (start ? 1 : 0));
    out.add("len", Math.min(len, 10));
    out.add("after", charAfter(text, ctx.tokenEnd(t)));
    out.add("before", charBefore(text, off));
    for (int d = -2; d <= 2; d++) {
      if (d == 0) {
        continue;
      }
      int n = t + d;
      if (n < 0 || n >= ctx.tokenCount()) {
        out.add(d < 0 ? "edge-" : "edge+", d);
        continue;
      }
      out.addWord(neighbourWord(d), text, ctx.tokenStart(n), ctx.tokenLength(n), w.wordHash(n));
      if (d == -1 || d == 1) {
        out.add(d < 0 ? "cap-1" : "cap+1", capCode(ctx, n));
        if (w.has(n)) {
          int ns = w.signals(n) & NEIGHBOUR_ROLES;
          for (int k = 0; k < FLAG_BITS.length; k++) {
            if ((ns & FLAG_BITS[k]) != 0) {
              out.add(d < 0 ? "f-1" : "f+1", k);
            }
          }
          out.add(d < 0 ? "name-1" : "name+1", nameCode(w.signals(n)));
          out.add(d < 0 ? "loc-1" : "loc+1", NameSignals.locationKind(w.signals(n)));
        }
      }
    }
    out.add("given", NameSignals.givenClass(s));
    out.add("surname", NameSignals.surnameClass(s));
    out.add("english", NameSignals.englishLevel(s));
    out.add("name+cap", nameCode(s) * 4 + cap);
    for (int k = 0; k < FLAG_BITS.length; k++) {
      if ((s & FLAG_BITS[k]) != 0) {
        out.add("f", k);
      }
    }
    out.add("loc", NameSignals.locationKind(s));
    out.add("capsLine", w.isCapitalLine(t) ? 1 : 0);
  }

  /** Writes the features of the two previous labels ({@link NerLabels#START} before the window). */
  static void history(int previous, int beforePrevious, int cap, FeatureSink out) {
    out.add("p1", previous);
    out.add("p2p1", beforePrevious * 8 + previous);
    out.add("p1+cap", previous * 4 + cap);
  }

  /** The capitalisation code of token {@code t}. */
  static int capCode(ScanContext ctx, int t) {
    int f = ctx.tokenFlags(t);
    if ((f & ScanContext.ALL_DIGIT) != 0) {
      return CAP_DIGIT;
    }
    if ((f & ScanContext.UPPER_FIRST) == 0) {
      return CAP_LOWER;
    }
    return (f & ScanContext.ALL_UPPER) != 0 && ctx.tokenLength(t) > 1 ? CAP_ALL : CAP_UPPER;
  }

  /** Given and surname class as one code: 0 none, then 1–3 for rare, common and very common. */
  private static int nameCode(int s) {
    return bucket(NameSignals.givenClass(s)) * 4 + bucket(NameSignals.surnameClass(s));
  }

  private static int bucket(int frequencyClass) {
    return frequencyClass == 0 ? 0 : frequencyClass < 4 ? 1 : frequencyClass < 5 ? 2 : 3;
  }

  private static String neighbourWord(int d) {
    return switch (d) {
      case -2 -> "w-2";
      case -1 -> "w-1";
      case 1 -> "w+1";
      default -> "w+2";
    };
  }

  /** {@code X} upper, {@code x} lower, {@code d} digit, other chars as they are; runs collapsed, at most 8. */
  static void shape(CharSequence text, int off, int len, StringBuilder out) {
    out.setLength(0);
    char last = 0;
    for (int i = off; i < off + len && out.length() < MAX_SHAPE; i++) {
      char c = text.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        out.append(k);
        last = k;
      }
    }
  }

  /** The first char after a token, with runs of spaces read as one space; 0 at the end of the text. */
  private static int charAfter(CharSequence text, int end) {
    if (end >= text.length()) {
      return 0;
    }
    char c = text.charAt(end);
    if (c == ' ' && end + 1 < text.length()) {
      char n = text.charAt(end + 1);
      return Character.isLetterOrDigit(n) ? ' ' : n;
    }
    return c;
  }

  private static int charBefore(CharSequence text, int start) {
    if (start == 0) {
      return 0;
    }
    char c = text.charAt(start - 1);
    if (c == ' ' && start >= 2) {
      char p = text.charAt(start - 2);
      return Character.isLetterOrDigit(p) ? ' ' : p;
    }
    return c;
  }

  /** Readable name of a role flag for tests and reports; index as in the {@code f} features. */
  static String flagName(int k) {
    return FLAG_NAMES[k];
  }
}
