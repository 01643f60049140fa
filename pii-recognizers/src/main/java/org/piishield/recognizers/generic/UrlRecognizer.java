package org.piishield.recognizers.generic;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.text.FoldedWordSet;

/**
 * Web and FTP addresses. Cues, checked with one char look-up per token: a token {@code http}, {@code https},
 * {@code ftp} or {@code ftps} followed by {@code ://}; a token {@code www} followed by a dot; a known
 * top-level domain (resource {@code tlds.txt}) preceded by a dot and followed by a slash. The address is then
 * read char by char (at most {@value #MAX_LENGTH} chars), without a regex. Immutable and thread-safe.
 *
 * <p>Catches {@code https://www.example.com/a?b=1#c}, {@code ftp://files.example.org},
 * {@code www.example.org}, {@code example.org/path} and {@code agency.gob.mx/tramites}. In
 * {@code "(see https://example.org/a)."} the span is {@code [5, 28)}: trailing punctuation and an unbalanced
 * closing bracket are not part of it, while {@code https://en.wikipedia.org/wiki/Foo_(bar)} keeps its
 * balanced parenthesis. Rejects {@code example.org} without a path (too often a name: {@code Amazon.com}),
 * {@code notes.txt/2} (unknown top-level domain), {@code ana@www.example.org} and {@code ana@example.org/x}
 * (an {@code @} before the host makes it an e-mail), {@code http://} with no host and {@code www.example}
 * (no top-level domain).
 *
 * <p>Scores: 0.6 with a scheme, 0.55 for {@code www.}, 0.5 for a bare host with a path; context
 * ({@code website}, {@code link}, {@code sitio}, {@code página}, {@code enlace} …) adds 0.25.
 */
public final class UrlRecognizer implements Recognizer {

  public static final String NAME = "url";

  /* References: [1] RFC 3986 §2 and appendix A (URI characters); [2] RFC 3987 (IRIs, non-ASCII letters). */
  private static final FoldedWordSet TLDS = FoldedWordSet.load(UrlRecognizer.class, "tlds.txt");
  /** Context; not "url", a word of the redaction label {@code [URL]}. */
  private static final ContextSpec CONTEXT = ContextSpec.of("website", "web", "site", "link",
      "page", "blog", "visit", "profile", "página", "pagina", "sitio", "enlace", "vínculo", "perfil", "visita",
      "visite").withBoost(0.25);
  private static final boolean[] URL_ASCII = new boolean[128];
  private static final int MAX_LENGTH = 2048;
  private static final int MAX_HOST = 253;

  static {
    for (char c = 0; c < 128; c++) {
      URL_ASCII[c] = Chars.isDigit(c) || Chars.isAsciiLetter(c) || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.URL);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    int n = text.length();
    int lastEnd = 0;
    for (int t = 0; t < ctx.tokenCount(); t++) {
      int e = ctx.tokenEnd(t);
      int s = ctx.tokenStart(t);
      if (e >= n || s < lastEnd) {
        continue;
      }
      char c = text.charAt(e);
      int end = -1;
      if (c == ':') {
        end = schemeUrl(ctx, t, out);
      } else if (c == '.') {
        end = wwwUrl(ctx, t, out);
      } else if (c == '/') {
        end = barePathUrl(ctx, t, out, lastEnd);
      }
      if (end > 0) {
        lastEnd = end;
      }
    }
  }

  /** {@code http://host…}; returns the end reported or -1. */
  private int schemeUrl(ScanContext ctx, int t, DetectionSink out) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    int e = ctx.tokenEnd(t);
    int len = e - s;
    if (len < 3 || len > 5 || !(ctx.tokenEquals(t, "http") || ctx.tokenEquals(t, "https")
        || ctx.tokenEquals(t, "ftp") || ctx.tokenEquals(t, "ftps"))) {
      return -1;
    }
    if (e + 3 >= text.length() || text.charAt(e + 1) != '/' || text.charAt(e + 2) != '/') {
      return -1;
    }
    int host = e + 3;
    char h = text.charAt(host);
    if (!(Chars.isAlnum(h) || h == '[')) {
      return -1;
    }
    int end = trimEnd(text, s, bodyEnd(text, host));
    if (end <= host) {
      return -1;
    }
    out.add(s, end, EntityType.URL, 0.6, this, "scheme", null);
    return end;
  }

  /** {@code www.label.tld…}; returns the end reported or -1. */
  private int wwwUrl(ScanContext ctx, int t, DetectionSink out) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    if (ctx.tokenLength(t) != 3 || !ctx.tokenEquals(t, "www") || isGluedBefore(text, s)) {
      return -1;
    }
    int hostEnd = hostEnd(text, s);
    if (hostEnd < 0 || !hasTopLevelLabel(text, s + 4, hostEnd)) {
      return -1;
    }
    int end = trimEnd(text, s, bodyEnd(text, hostEnd));
    if (end < hostEnd) {
      return -1;
    }
    out.add(s, end, EntityType.URL, 0.55, this, "www", null);
    return end;
  }

  /** {@code label.tld/path…} where token {@code t} is the top-level domain; returns the end or -1. */
  private int barePathUrl(ScanContext ctx, int t, DetectionSink out, int lastEnd) {
    CharSequence text = ctx.text();
    int s = ctx.tokenStart(t);
    int e = ctx.tokenEnd(t);
    if (s < 2 || text.charAt(s - 1) != '.' || e + 1 >= text.length() || !isPathStart(text.charAt(e + 1))
        || e - s > 6 || !TLDS.contains(text, s, e - s)) {
      return -1;
    }
    int host = s - 1;
    while (host > lastEnd && s - host < MAX_HOST && isHostChar(text.charAt(host - 1))) {
      host--;
    }
    while (host < s && !Chars.isAlnum(text.charAt(host))) {
      host++;
    }
    if (host >= s - 1 || isGluedBefore(text, host) || hostEnd(text, host) != e) {
      return -1;
    }
    int end = trimEnd(text, host, bodyEnd(text, e));
    if (end <= e + 1) {
      return -1;
    }
    out.add(host, end, EntityType.URL, 0.5, this, "host_path", "tld");
    return end;
  }

  /**
   * End of the dotted host starting at {@code h} (labels of ASCII letters, digits and inner dashes), or -1
   * when a label is empty or too long.
   */
  private static int hostEnd(CharSequence text, int h) {
    int n = text.length();
    int i = h;
    int label = 0;
    while (i < n && i - h <= MAX_HOST) {
      char c = text.charAt(i);
      if (Chars.isDigit(c) || Chars.isAsciiLetter(c) || c == '-') {
        if (++label > 63) {
          return -1;
        }
      } else if (c == '.' && label > 0 && i + 1 < n && isHostChar(text.charAt(i + 1)) && text.charAt(i + 1) != '.') {
        label = 0;
      } else {
        break;
      }
      i++;
    }
    return label > 0 && text.charAt(i - 1) != '-' ? i : -1;
  }

  /** The last label of {@code [h, hostEnd)} is 2–24 letters and there are at least two labels. */
  private static boolean hasTopLevelLabel(CharSequence text, int h, int hostEnd) {
    int dot = hostEnd - 1;
    while (dot > h && text.charAt(dot) != '.') {
      dot--;
    }
    int len = hostEnd - dot - 1;
    if (dot <= h || len < 2 || len > 24) {
      return false;
    }
    for (int i = dot + 1; i < hostEnd; i++) {
      if (!Chars.isAsciiLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** End of the run of URL chars from {@code from}, at most {@value #MAX_LENGTH} chars. */
  private static int bodyEnd(CharSequence text, int from) {
    int n = Math.min(text.length(), from + MAX_LENGTH);
    int i = from;
    while (i < n && isUrlChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Drops trailing punctuation ({@code . , ; : ! ? ' " *}) and closing brackets without an opening one
   * inside the URL: {@code "(https://example.org/a)."} keeps {@code https://example.org/a}.
   */
  static int trimEnd(CharSequence text, int start, int end) {
    while (end > start) {
      char c = text.charAt(end - 1);
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '"'
          || c == '*') {
        end--;
      } else if ((c == ')' && count(text, start, end, '(') < count(text, start, end, ')'))
          || (c == ']' && count(text, start, end, '[') < count(text, start, end, ']'))) {
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  private static int count(CharSequence text, int start, int end, char c) {
    int k = 0;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == c) {
        k++;
      }
    }
    return k;
  }

  /** An {@code @} (e-mail), a word char, a dot, a slash or a colon right before the host. */
  private static boolean isGluedBefore(CharSequence text, int s) {
    if (s == 0) {
      return false;
    }
    char b = text.charAt(s - 1);
    return b == '@' || Chars.isAlnum(b) || b == '.' || b == '-' || b == '_' || b == '/' || b == ':' || b == '\\';
  }

  private static boolean isHostChar(char c) {
    return Chars.isDigit(c) || Chars.isAsciiLetter(c) || c == '-' || c == '.';
  }

  private static boolean isPathStart(char c) {
    return Chars.isAlnum(c) || c == '~' || c == '_' || c == '%' || c == '?' || c == '#' || c == '@';
  }

  /** RFC 3986 unreserved, reserved and {@code %}, plus non-ASCII letters and digits (IRIs). */
  private static boolean isUrlChar(char c) {
    if (c < 128) {
      return URL_ASCII[c];
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
