package org.piishield.registry.match;

import org.piishield.registry.normalize.EmailNormalizer;
import org.piishield.registry.normalize.FieldType;

/**
 * The e-mail pass: around each {@code @}, the local part (letters, digits and {@code . _ % + - '}) and the
 * domain (letters, digits, {@code .} and {@code -}, with a dot inside), lower-cased as {@link EmailNormalizer}
 * does: {@code "Write to Jane.Doe@Example.ORG."} gives {@code "jane.doe@example.org"} at {@code [9, 29)}.
 * Leading dots of the local part and trailing dots and hyphens of the domain are left out. Not thread-safe.
 */
final class EmailCandidates {

  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;

  private final char[] buf = new char[MAX_LOCAL + MAX_DOMAIN + 1];
  private final CharSlice out = new CharSlice();

  void run(TextTokens tk, int from, int to, CandidateSink sink) {
    CharSequence text = tk.text;
    for (int k = 0; k < tk.atCount; k++) {
      int at = tk.ats[k];
      int s = at;
      while (s > from && at - s < MAX_LOCAL && isLocal(text.charAt(s - 1))) {
        s--;
      }
      while (s < at && text.charAt(s) == '.') {
        s++;
      }
      int e = at + 1;
      while (e < to && e - at <= MAX_DOMAIN && isDomain(text.charAt(e))) {
        e++;
      }
      while (e > at + 1 && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-')) {
        e--;
      }
      int lastDot = e - 1;
      while (lastDot > at && text.charAt(lastDot) != '.') {
        lastDot--;
      }
      if (s == at || lastDot <= at + 1) {
        continue;
      }
      int n = 0;
      for (int i = s; i < e; i++) {
        buf[n++] = Character.toLowerCase(text.charAt(i));
      }
      sink.candidate(FieldType.EMAIL, out.set(buf, 0, n), s, e);
    }
  }

  private static boolean isLocal(char c) {
    return c < 128 ? isAsciiAlnum(c) || ".-_%+'".indexOf(c) >= 0 : Character.isLetterOrDigit(c);
  }

  private static boolean isDomain(char c) {
    return c < 128 ? isAsciiAlnum(c) || c == '.' || c == '-' : Character.isLetterOrDigit(c);
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
