package org.piishield.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ByteSizeConverterTest {

  @ParameterizedTest
  @CsvSource({"100, 100", "1k, 1024", "512K, 524288", "64MB, 67108864", "64m, 67108864", "1g, 1073741824",
      "10b, 10"})
  void convert_validSize_bytes(String in, long expected) {
    assertEquals(expected, new ByteSizeConverter().convert(in));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "-5", "MB", "12 parsecs", "1.5m", "99999999999g"})
  void convert_invalidSize_throws(String in) {
    assertThrows(TypeConversionException.class, () -> new ByteSizeConverter().convert(in));
  }
}
