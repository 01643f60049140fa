package org.piishield.registry.match;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The E.164 form of a run of digits written without {@code +}, read in the US, Mexico or Spain, computed
 * without parsing: the country code and national number are taken from the digits and checked with
 * {@link PhoneNumberUtil#isValidNumber}, which costs a fraction of a parse. Gives exactly what
 * {@link org.piishield.registry.normalize.PhoneNormalizer#normalize(CharSequence, String)} gives for the same
 * digits and region (a randomized test holds the two together), e.g. {@code us("2025550143")} is
 * {@code "+12025550143"}, {@code es("612345678")} is {@code "+34612345678"}, {@code mx("5512345678")} is
 * {@code "+525512345678"}; {@code null} when invalid. Stateless and thread-safe.
 */
final class NationalReadings {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private NationalReadings() {}

  /** 10 digits, or 11 starting {@code 1}, in the North American plan; the 555 fiction range is possible. */
  static String us(CharSequence d) {
    int off = d.length() == 11 ? 1 : 0;
    if (d.length() - off != 10 || d.charAt(off) < '2') {
      return null; // NANP area codes start 2-9 (exchanges may not: +1 809 197 …)
    }
    long nn = value(d, off, off + 10);
    boolean fiction = isNxx(d, off) && isNxx(d, off + 3)
        && d.charAt(off + 3) == '5' && d.charAt(off + 4) == '5' && d.charAt(off + 5) == '5';
    return fiction || UTIL.isValidNumber(new PhoneNumber().setCountryCode(1).setNationalNumber(nn))
        ? "+1" + nn : null;
  }

  /** 10 digits, or {@code 52} + 10, or {@code 521} + 10 (the old mobile prefix), in Mexico. */
  static String mx(CharSequence d) {
    int n = d.length();
    int off = n == 10 ? 0 : n == 12 ? 2 : n == 13 && d.charAt(2) == '1' ? 3 : -1;
    if (off < 0 || d.charAt(off) < '2') {
      return null;
    }
    long nn = value(d, off, n);
    return UTIL.isValidNumber(new PhoneNumber().setCountryCode(52).setNationalNumber(nn)) ? "+52" + nn : null;
  }

  /** 9 digits, or {@code 34} + 9, in Spain (any valid number: mobiles 6/7, landlines 8/9, 5x services). */
  static String es(CharSequence d) {
    int n = d.length();
    int off = n == 9 ? 0 : n == 11 ? 2 : -1;
    if (off < 0) {
      return null;
    }
    long nn = value(d, off, n);
    return UTIL.isValidNumber(new PhoneNumber().setCountryCode(34).setNationalNumber(nn)) ? "+34" + nn : null;
  }

  /** {@code [2-9]XX}, not {@code N11}. */
  private static boolean isNxx(CharSequence d, int off) {
    return d.charAt(off) >= '2' && !(d.charAt(off + 1) == '1' && d.charAt(off + 2) == '1');
  }

  private static long value(CharSequence d, int from, int to) {
    long v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (d.charAt(i) - '0');
    }
    return v;
  }
}
