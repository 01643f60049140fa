package org.piishield.recognizers.names;

import org.piishield.detect.ScanContext;

/**
 * Legal forms written after a company's name: English {@code "Inc."}, {@code "LLC"}, {@code "Ltd."},
 * {@code "Co."}; Spanish and Mexican {@code "S.A."}, {@code "S.L.U."}, {@code "S.A. de C.V."}, {@code "S. de
 * R.L. de C.V."}. Each method returns where the form ends (its closing dot included) or -1. Reads the text in
 * place; allocates nothing.
 */
final class CompanyForms {

  private CompanyForms() {}

  /** Longest first, so {@code "S.A. de C.V."} wins over {@code "S.A."}; matched case-sensitively. */
  private static final String[] SPANISH = {
      "S. de R.L. de C.V.", "S.A.P.I. de C.V.", "S.A.B. de C.V.", "S.A. de C.V.", "S. de R.L.", "S.A.U.",
      "S.L.U.", "S.L.L.", "S.L.N.E.", "S.A.", "S.L.", "S.C.", "SAU", "SLU", "SA", "SL"};

  /**
   * End of the English legal form at token {@code t} (a {@link OrganizationWords#LEGAL} word), its dot
   * included: {@code "Inc."}. {@code "CO"} in capitals is a state code, not {@code "Co."}.
   */
  static int englishFormEnd(ScanContext ctx, int t) {
    if (ctx.tokenEquals(t, "co") && ctx.tokenHas(t, ScanContext.ALL_UPPER)) {
      return -1;
    }
    int e = ctx.tokenEnd(t);
    CharSequence text = ctx.text();
    return e < text.length() && text.charAt(e) == '.' ? e + 1 : e;
  }

  /** End of the Spanish or Mexican legal form starting at {@code off}: {@code "S.A. de C.V."}; or -1. */
  static int spanishFormEnd(CharSequence text, int off) {
    for (String form : SPANISH) {
      int end = off + form.length();
      if (end > text.length() || !regionMatches(text, off, form)) {
        continue;
      }
      if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        continue;
      }
      return end;
    }
    return -1;
  }

  private static boolean regionMatches(CharSequence text, int off, String form) {
    for (int i = 0; i < form.length(); i++) {
      if (text.charAt(off + i) != form.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
