package org.piishield.recognizers.mx;

/**
 * Checks shared by the CURP and RFC recognizers: {@code YYMMDD} dates and the two check-digit algorithms.
 * All methods read the text in place (upper-casing ASCII letters on the fly) and allocate nothing.
 */
final class MexicanIdChecks {

  /** CURP check alphabet: a char's value is its index ({@code 'A'} = 10, {@code 'Ñ'} = 24, {@code 'Z'} = 36). */
  static final String CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

  private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private MexicanIdChecks() {}

  static char upper(char c) {
    if (c >= 'a' && c <= 'z') {
      return (char) (c - 32);
    }
    return c == 'ñ' ? 'Ñ' : c;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Upper-case ASCII letter or Ñ, in either case. */
  static boolean isLetter(char c) {
    char u = upper(c);
    return (u >= 'A' && u <= 'Z') || u == 'Ñ';
  }

  /**
   * Whether {@code text[pos, pos+6)} is a valid {@code YYMMDD} date. {@code century} is 1900 or 2000 when
   * known (a CURP's homoclave tells it) or 0 when not, in which case 29 February is allowed in every year
   * divisible by 4 ({@code 000229} is 2000-02-29).
   */
  static boolean isValidYymmdd(CharSequence text, int pos, int century) {
    for (int i = pos; i < pos + 6; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    int yy = (text.charAt(pos) - '0') * 10 + (text.charAt(pos + 1) - '0');
    int mm = (text.charAt(pos + 2) - '0') * 10 + (text.charAt(pos + 3) - '0');
    int dd = (text.charAt(pos + 4) - '0') * 10 + (text.charAt(pos + 5) - '0');
    if (mm < 1 || mm > 12 || dd < 1 || dd > DAYS[mm - 1]) {
      return false;
    }
    if (mm == 2 && dd == 29) {
      int year = century + yy;
      return year % 4 == 0 && (century == 0 || year % 100 != 0 || year % 400 == 0);
    }
    return true;
  }

  /**
   * The CURP check digit of {@code text[pos, pos+17)}: each char's value in {@link #CURP_ALPHABET} times
   * weights 18 down to 2, summed; digit = {@code (10 - sum % 10) % 10}. Returns -1 for a char outside the
   * alphabet. Example: {@code HEGG560427MVZRRL0} gives 4 (RENAPO's sample CURP {@code HEGG560427MVZRRL04}).
   */
  static int curpCheckDigit(CharSequence text, int pos) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = CURP_ALPHABET.indexOf(upper(text.charAt(pos + i)));
      if (v < 0) {
        return -1;
      }
      sum += v * (18 - i);
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * The RFC check char (SAT's "dígito verificador", the last homoclave char) of an RFC whose {@code letters}
   * name letters (3 for a company, 4 for a person) start at {@code start}, whose 6 date digits start at
   * {@code date} and whose homoclave starts at {@code homoclave} (the parts are contiguous in
   * {@code GODE561231GR8}, separated in {@code GODE-561231-GR8}).
   *
   * <p>The 11 or 12 chars before the check char are left-padded with one space to 12; each is valued
   * {@code 0-9} = 0-9, {@code A-N} = 10-23, {@code &} = 24, {@code O-Z} = 25-36, space = 37, {@code Ñ} = 38,
   * and weighted 13 down to 2; {@code r = sum % 11}; the check char is {@code '0'} when r = 0, {@code 'A'}
   * when 11 - r = 10, else the digit {@code 11 - r}. Returns 0 for a char outside the table. Example:
   * {@code GODE561231GR} gives {@code '8'} (the published sample RFC {@code GODE561231GR8}).
   */
  static char rfcCheckChar(CharSequence text, int start, int letters, int date, int homoclave) {
    int weight = 13;
    int sum = 0;
    if (letters == 3) {
      sum += 37 * weight--;
    }
    for (int i = 0; i < letters + 8; i++, weight--) {
      int at = i < letters ? start + i : i < letters + 6 ? date + i - letters : homoclave + i - letters - 6;
      int v = rfcValue(upper(text.charAt(at)));
      if (v < 0) {
        return 0;
      }
      sum += v * weight;
    }
    int r = sum % 11;
    if (r == 0) {
      return '0';
    }
    return 11 - r == 10 ? 'A' : (char) ('0' + 11 - r);
  }

  private static int rfcValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'N') {
      return c - 'A' + 10;
    }
    if (c >= 'O' && c <= 'Z') {
      return c - 'O' + 25;
    }
    return switch (c) {
      case '&' -> 24;
      case ' ' -> 37;
      case 'Ñ' -> 38;
      default -> -1;
    };
  }
}
