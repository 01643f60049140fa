package org.piishield.recognizers.generic;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * E-mail addresses. Cue: each {@code @} in the text; the pattern runs only in a window around it.
 *
 * <p>Catches {@code ana.ruiz+foia@agency.gov} and {@code j_doe@mail.example.co.uk}; rejects
 * {@code @handle} (no local part), {@code user@localhost} (no dot in the domain) and
 * {@code a@b.c} (one-letter top-level domain).
 */
public final class EmailRecognizer implements Recognizer {

  public static final String NAME = "email";

  /** Local part, {@code @}, dotted domain with a 2–24 letter top-level label; every quantifier bounded. */
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?\\.){1,8}"
          + "[A-Za-z]{2,24}(?![A-Za-z0-9-])");
  private static final int WINDOW_BEFORE = 64;
  private static final int WINDOW_AFTER = 260;
  private static final ContextSpec CONTEXT = ContextSpec.of("email", "e-mail", "mail", "correo", "contact",
      "contacto", "electrónico");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.EMAIL);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    Matcher m = ctx.matcher(EMAIL);
    int lastEnd = 0;
    for (int k = 0; k < ctx.atSignCount(); k++) {
      int at = ctx.atSign(k);
      if (at < lastEnd) {
        continue;
      }
      int from = Math.max(lastEnd, at - WINDOW_BEFORE);
      // start the region at a plausible local-part boundary so the match is not cut mid-word
      while (from < at && isLocalChar(text.charAt(from)) && from > lastEnd && isLocalChar(text.charAt(from - 1))) {
        from--;
      }
      m.region(from, Math.min(text.length(), at + WINDOW_AFTER));
      while (m.find()) {
        if (m.start() <= at && m.end() > at) {
          int s = m.start();
          while (s < at && (text.charAt(s) == '.' || text.charAt(s) == '-')) {
            s++;
          }
          out.add(s, m.end(), EntityType.EMAIL, 0.9, this, "address", null);
          lastEnd = m.end();
          break;
        }
        if (m.start() > at) {
          break;
        }
      }
    }
  }

  private static boolean isLocalChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
        || c == '%' || c == '+' || c == '-' || c == '\'';
  }
}
