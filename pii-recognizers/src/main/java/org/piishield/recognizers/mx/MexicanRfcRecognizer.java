package org.piishield.recognizers.mx;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * Mexican RFC (Registro Federal de Contribuyentes): for a person ("persona física") 4 letters, the date of
 * birth {@code YYMMDD} and a 3-char homoclave (13 chars, {@code GODE561231GR8}); for a company ("persona
 * moral") 3 letters, which may include {@code &} and {@code Ñ}, the date of incorporation and a homoclave
 * (12 chars, {@code A&C010101AB1}). The last homoclave char is SAT's mod-11 check char, see
 * {@link MexicanIdChecks#rfcCheckChar}. Cue: each token that contains a digit; the letter block is found by
 * walking left from the first digit.
 *
 * <p>Scores: a valid check char 0.85; a valid structure and date with a wrong check char 0.5 (upper case
 * only, compact or dash-separated; "structure alone"); both raised by context ({@code RFC},
 * {@code registro federal de contribuyentes}). Catches {@code GODE561231GR8}, {@code GODE-561231-GR8},
 * {@code GODE 561231 GR8} and {@code gode561231gr8} (check valid). Rejects {@code GODE561331GR8} (month 13),
 * {@code GODE561231GRZ} (check char neither digit nor A), {@code GODE5612311GR8} (7 digits),
 * {@code XAXX010101000} (SAT's generic RFC for the general public, not a person) and
 * {@code Gode561231GR1} (mixed case without a valid check char).
 *
 * <p>Immutable and thread-safe.
 */
public final class MexicanRfcRecognizer implements Recognizer {

  public static final String NAME = "mx_rfc";

  static final double SCORE_VALID = 0.85;
  static final double SCORE_STRUCTURE = 0.5;
  private static final ContextSpec CONTEXT = ContextSpec.of("rfc", "r.f.c.", "registro federal de contribuyentes",
      "contribuyente", "homoclave", "sat");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.MX_RFC);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    int lastEnd = 0;
    for (int k = 0; k < ctx.digitTokenCount(); k++) {
      int t = ctx.digitToken(k);
      int s = ctx.tokenStart(t);
      int e = ctx.tokenEnd(t);
      // GODE561231GR8 / C010101AB1 (after "A&") hold date and homoclave; GODE-561231-GR8 has a 6-digit token
      boolean dateToken = e - s == 6 && ctx.tokenHas(t, ScanContext.ALL_DIGIT);
      if (s < lastEnd || e - s > 13 || (e - s < 9 && !dateToken)) {
        continue;
      }
      int d = s;
      while (d < e && !MexicanIdChecks.isDigit(text.charAt(d))) {
        d++;
      }
      if (d == e) {
        continue;
      }
      char sep = 0;
      int lettersEnd = d;
      if (d == s && (s == 0 || text.charAt(s - 1) != '&')) {
        // GODE-561231-GR8: the date is its own token (AB&010203Z92 is not: '&' ends its letters)
        if (!dateToken || s < 2 || (text.charAt(s - 1) != '-' && text.charAt(s - 1) != ' ')) {
          continue;
        }
        sep = text.charAt(s - 1);
        lettersEnd = s - 1;
      }
      int start = lettersEnd;
      while (start > 0 && lettersEnd - start < 5 && isRfcLetter(text.charAt(start - 1))) {
        start--;
      }
      int letters = lettersEnd - start;
      if ((letters != 3 && letters != 4) || start < lastEnd
          || (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '&'))) {
        continue;
      }
      int end = matchTail(text, d, sep);
      if (end < 0 || !MexicanIdChecks.isValidYymmdd(text, d, 0)) {
        continue;
      }
      double score = score(text, start, letters, d, sep);
      if (score > 0) {
        out.add(start, end, EntityType.MX_RFC, score, this, letters == 4 ? "rfc_person" : "rfc_company",
            score == SCORE_VALID ? "rfc_check" : null);
        lastEnd = end;
      }
    }
  }

  /** Date digits at {@code d}, the separator again if there was one, then the homoclave; returns the end or -1. */
  private static int matchTail(CharSequence text, int d, char sep) {
    int n = text.length();
    int q = d + 6;
    if (q > n) {
      return -1;
    }
    if (sep != 0) {
      if (q >= n || text.charAt(q) != sep) {
        return -1;
      }
      q++;
    }
    if (q + 3 > n) {
      return -1;
    }
    for (int i = q; i < q + 2; i++) {
      if (!isAsciiAlnum(text.charAt(i))) {
        return -1;
      }
    }
    char check = MexicanIdChecks.upper(text.charAt(q + 2));
    if (!MexicanIdChecks.isDigit(check) && check != 'A') {
      return -1;
    }
    int end = q + 3;
    if (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '&')) {
      return -1;
    }
    return end;
  }

  /** 0.85 with a valid check char, 0.5 for an upper-case compact/dashed structure, 0 to drop. */
  private static double score(CharSequence text, int start, int letters, int d, char sep) {
    int homoclave = d + 6 + (sep != 0 ? 1 : 0);
    if (isGenericRfc(text, start, letters, d, homoclave)) {
      return 0;
    }
    char expected = MexicanIdChecks.rfcCheckChar(text, start, letters, d, homoclave);
    if (expected != 0 && MexicanIdChecks.upper(text.charAt(homoclave + 2)) == expected) {
      return SCORE_VALID;
    }
    if (sep == ' ') {
      return 0;
    }
    for (int i = start; i < homoclave + 3; i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || c == 'ñ') {
        return 0;
      }
    }
    return SCORE_STRUCTURE;
  }

  /** {@code XAXX010101000} (general public) and {@code XEXX010101000} (foreigners): SAT's generic RFCs. */
  private static boolean isGenericRfc(CharSequence text, int start, int letters, int d, int homoclave) {
    if (letters != 4) {
      return false;
    }
    char a = MexicanIdChecks.upper(text.charAt(start));
    char b = MexicanIdChecks.upper(text.charAt(start + 1));
    char c = MexicanIdChecks.upper(text.charAt(start + 2));
    char e = MexicanIdChecks.upper(text.charAt(start + 3));
    if (a != 'X' || (b != 'A' && b != 'E') || c != 'X' || e != 'X') {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      if (text.charAt(d + i) != "010101".charAt(i)) {
        return false;
      }
    }
    return text.charAt(homoclave) == '0' && text.charAt(homoclave + 1) == '0' && text.charAt(homoclave + 2) == '0';
  }

  private static boolean isRfcLetter(char c) {
    return MexicanIdChecks.isLetter(c) || c == '&';
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
