package org.piishield.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses sizes such as {@code 1048576}, {@code 512k}, {@code 64MB} or {@code 1g} (binary multiples:
 * {@code 1k} is 1024 bytes) into a byte count of at least 1.
 */
final class ByteSizeConverter implements ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.endsWith("b")) {
      v = v.substring(0, v.length() - 1);
    }
    long unit = 1;
    if (!v.isEmpty()) {
      switch (v.charAt(v.length() - 1)) {
        case 'k' -> unit = 1L << 10;
        case 'm' -> unit = 1L << 20;
        case 'g' -> unit = 1L << 30;
        default -> unit = 1;
      }
    }
    if (unit > 1) {
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v.trim());
      if (n < 1 || n > Long.MAX_VALUE / unit) {
        throw new TypeConversionException("'" + value + "' is not a positive size");
      }
      return n * unit;
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a size (examples: 1048576, 512k, 64MB, 1g)");
    }
  }
}
