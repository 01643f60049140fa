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

  /**
   * The domain after the {@code @}: dotted labels with a 2–24 letter top-level label; every quantifier
   * bounded. Matched with {@code lookingAt} from the char after the {@code @}.
   */
  private static final Pattern DOMAIN = Pattern.compile(
      "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])");
  private static final int MAX_LOCAL = 64;
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
    int n = text.length();
    Matcher m = ctx.matcher(DOMAIN);
    int lastEnd = 0;
    for (int k = 0; k < ctx.atSignCount(); k++) {
      int at = ctx.atSign(k);
      if (at < lastEnd || at + 1 >= n) {
        continue;
      }
      // walk back over the local part; it must start with a letter or digit and not run into a previous match
      int s = at;
      while (s > lastEnd && at - s < MAX_LOCAL && isLocalChar(text.charAt(s - 1))) {
        s--;
      }
      while (s < at && !isAlnum(text.charAt(s))) {
        s++;
      }
      if (s == at || (s > 0 && isLocalChar(text.charAt(s - 1)) && at - s >= MAX_LOCAL)) {
        continue;
      }
      m.region(at + 1, Math.min(n, at + 1 + 260));
      if (m.lookingAt()) {
        out.add(s, m.end(), EntityType.EMAIL, 0.9, this, "address", null);
        lastEnd = m.end();
      }
    }
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isLocalChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
        || c == '%' || c == '+' || c == '-' || c == '\'';
  }
}
