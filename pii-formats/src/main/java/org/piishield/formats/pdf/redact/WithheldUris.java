package org.piishield.formats.pdf.redact;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.piishield.text.Fold;

/**
 * Tells whether a link's URI holds a withheld value, so the link goes even when it touches no box: the URI is
 * compared raw and percent-decoded, case- and accent-folded without whitespace, and by digits alone for values
 * with at least {@link #MIN_DIGITS} digits.
 *
 * <p>With the value {@code ana.ruiz@example.org}: {@code mailto:Ana.Ruiz%40example.org} holds it. With
 * {@code (312) 555-0142}: {@code tel:+1-312-555-0142} holds it (digits {@code 3125550142}). With {@code Ana Ruiz}:
 * {@code https://example.org/?q=ana+ruiz} holds it ({@code +} decodes to a space).
 */
final class WithheldUris {
  static final int MIN_DIGITS = 5;

  private final List<String> folded = new ArrayList<>();
  private final List<String> digits = new ArrayList<>();

  WithheldUris(List<String> values) {
    for (String v : values) {
      String f = squeeze(v);
      if (!f.isEmpty()) {
        folded.add(f);
      }
      String d = digitsOf(v);
      if (d.length() >= MIN_DIGITS) {
        digits.add(d);
      }
    }
  }

  boolean holdsWithheld(String uri) {
    if (folded.isEmpty() && digits.isEmpty()) {
      return false;
    }
    String raw = squeeze(uri);
    String decoded = squeeze(decode(uri));
    for (String f : folded) {
      if (raw.contains(f) || decoded.contains(f)) {
        return true;
      }
    }
    String uriDigits = digitsOf(uri);
    for (String d : digits) {
      if (uriDigits.contains(d)) {
        return true;
      }
    }
    return false;
  }

  private static String decode(String uri) {
    try {
      return URLDecoder.decode(uri, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return uri; // a stray % that is not an escape: compare the raw form only
    }
  }

  private static String squeeze(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(Fold.fold(c));
      }
    }
    return out.toString();
  }

  private static String digitsOf(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
