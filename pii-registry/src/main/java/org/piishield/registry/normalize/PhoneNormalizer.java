package org.piishield.registry.normalize;

import org.piishield.recognizers.phone.PhoneRecognizer;

/**
 * Phones in any written format to E.164 through {@link PhoneRecognizer#toE164(CharSequence, String)}, e.g.
 * {@code "(562) 555-0123"} → {@code "+15625550123"} (default region US) and {@code "+52 1 55 1234 5678"}
 * → {@code "+525512345678"} (the old Mexican mobile {@code 1} dropped). An invalid number is a rejection
 * ({@code "phone_invalid"}), never an exception carrying the value. Stateless and thread-safe.
 */
public final class PhoneNormalizer {

  /** The region applied to numbers written without {@code +}. */
  public static final String DEFAULT_REGION = "US";
  /** Reason for a blank input. */
  public static final String EMPTY = "phone_empty";
  /** Reason for a number no numbering plan accepts. */
  public static final String INVALID = "phone_invalid";

  private PhoneNormalizer() {}

  /** The E.164 form with default region US, or a rejection. */
  public static Normalization normalize(CharSequence raw) {
    return normalize(raw, DEFAULT_REGION);
  }

  /** The E.164 form, reading numbers without {@code +} in {@code defaultRegion} ({@code "MX"}, …). */
  public static Normalization normalize(CharSequence raw, String defaultRegion) {
    if (raw == null || raw.toString().isBlank()) {
      return Normalization.rejected(EMPTY);
    }
    String e164;
    try {
      e164 = PhoneRecognizer.toE164(raw, defaultRegion);
    } catch (RuntimeException e) {
      // Never propagate: a parser message could quote the number.
      return Normalization.rejected(INVALID);
    }
    return e164 == null ? Normalization.rejected(INVALID) : Normalization.of(e164);
  }
}
