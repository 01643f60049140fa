package org.piishield.recognizers.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.engine.PiiEngine;

class IpAddressRecognizerTest {

  private static final PiiEngine ENGINE =
      PiiEngine.newBuilder().recognizers(List.of(new IpAddressRecognizer())).scoreThreshold(0).build();

  // positives: text | start | end  (documentation ranges: RFC 5737 192.0.2.0/24, RFC 3849 2001:db8::/32,
  // RFC 1918 private ranges)
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "server 192.168.10.25:8080 down | 7 | 20",
      "ip 10.0.0.1 | 3 | 11",
      "host=192.0.2.1; | 5 | 14",
      "end 255.255.255.0. | 4 | 17",
      "10.0.0.1:8080 | 0 | 8",
      "(192.0.2.33) | 1 | 11",
      "2001:db8::8a2e:370:7334 | 0 | 23",
      "2001:0db8:85a3:0000:0000:8a2e:0370:7334 | 0 | 39",
      "ping ::1 now | 5 | 8",
      "iface fe80::1%eth0 up | 6 | 18",
      "mapped ::ffff:192.0.2.128. | 7 | 25",
      "IP:2001:db8::1 | 3 | 14",
      "Source:2001:db8::1 | 7 | 18",
      "[2001:db8::1]:443 | 1 | 12",
      "fe80:: | 0 | 6",
  })
  void detect_positive_findsExactSpan(String text, int start, int end) {
    List<Detection> found = ENGINE.detect(text);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    assertEquals(EntityType.IP_ADDRESS, found.get(0).type());
    assertEquals(start, found.get(0).start(), "start in '" + text + "'");
    assertEquals(end, found.get(0).end(), "end in '" + text + "'");
  }

  // near misses: versions, longer dotted numbers, times, MAC addresses, code, hosts inside URLs
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "version 10.0.0.1",
      "Firmware version: 4.2.0.1",
      "build 7.1.0.3 shipped",
      "v1.2.3.4",
      "1.2.3.4.5",
      "see 12.3.4.5.6",
      "192.168.01.1",
      "256.1.1.1",
      "10.0.0",
      "1.2.3.4a",
      "at 10:30:15",
      "mac 00:1a:2b:3c:4d:5e",
      "std::vector",
      "x.1::2",
      "see http://10.0.0.1/ now",
      "section 1.2.3",
      "ratio 3:1",
      "John 3:16",
      "dead:beef::cafe",
      "1:2:3:4:5:6:7:8:9",
      "1::2::3",
  })
  void detect_nearMiss_findsNothing(String text) {
    assertEquals(List.of(), ENGINE.detect(text), () -> "in '" + text + "'");
  }

  @Test
  void detect_smallOctetsWithoutContext_scoresLow() {
    assertEquals(0.3, ENGINE.detect("see 4.1.2.3 below").get(0).score(), 1e-9);
  }

  @Test
  void detect_addressWithoutContext_scoresMedium() {
    assertEquals(0.5, ENGINE.detect("from 192.0.2.44 today").get(0).score(), 1e-9);
  }

  @Test
  void detect_ipContextWord_raisesScore() {
    assertEquals(0.65, ENGINE.detect("la dirección IP 4.1.2.3").get(0).score(), 1e-9);
  }

  @Test
  void detect_defaultThreshold_dropsBareSmallQuad() {
    PiiEngine engine = PiiEngine.newBuilder().recognizers(List.of(new IpAddressRecognizer())).build();
    assertEquals(List.of(), engine.detect("see 4.1.2.3 below"));
    assertEquals(1, engine.detect("server 4.1.2.3 down").size());
  }
}
