package org.piishield.recognizers.generic;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.ContextWords;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * IPv4 and IPv6 addresses. Cue: digit tokens; each candidate is parsed by hand, char by char, in place
 * (no regex, no allocation). Immutable and thread-safe.
 *
 * <p>IPv4: four dotted decimal octets 0–255 without leading zeros. Catches {@code 192.168.10.25} in
 * {@code "server 192.168.10.25:8080"} as {@code [7, 20)}; rejects {@code 192.168.01.1} (leading zero),
 * {@code 256.1.1.1} (octet out of range), {@code 1.2.3.4.5} (part of a longer dotted number),
 * {@code v1.2.3.4} and {@code version 10.0.0.1} (version strings, see below), and the host of
 * {@code http://10.0.0.1/} (left to the URL recognizer).
 *
 * <p>IPv6: eight groups of 1–4 hex digits, or fewer around one {@code ::}, optionally ending in a dotted
 * IPv4 and followed by a zone ({@code %eth0}, kept in the span). Catches {@code 2001:db8::8a2e:370:7334},
 * {@code ::1}, {@code fe80::1%eth0} and {@code ::ffff:192.0.2.128}; rejects times ({@code 10:30:15}),
 * MAC addresses ({@code 00:1a:2b:3c:4d:5e}, six groups and no {@code ::}), {@code std::vector} (glued to a
 * word) and addresses without any decimal digit (a known gap: {@code dead:beef::cafe} is not found, since
 * the cue is a digit token).
 *
 * <p>Scores: a bare dotted quad is often a section or version number, so it scores low without context
 * ({@code ip}, {@code dirección ip}, {@code host}, {@code server} …): 0.3 when every octet
 * is small ({@code 4.1.2.3}), 0.5 when the quad looks like an address (an octet of 100 or more, or two
 * octets of two or more digits, as in {@code 10.0.12.7}); context adds 0.35. IPv6 scores 0.3 with one or two
 * groups ({@code ::1}), 0.5 with more, 0.6 when fully written out.
 */
public final class IpAddressRecognizer implements Recognizer {

  public static final String NAME = "ip_address";

  /*
   * Version strings. A dotted quad glued to a letter ("v1.2.3.4") is never a candidate (the token "v1" is
   * not all digits and the next octet is preceded by "1."). A dotted quad within two tokens after one of
   * VERSION_WORDS is skipped outright: "version 10.0.0.1", "Firmware v. 4.2.0.1", "build 7.1.0.3". This
   * loses the rare real address written right after such a word; we chose precision here because
   * four-part version numbers are common in logs and release notes and carry no personal information.
   * References: [1] RFC 791 (dotted quad); [2] RFC 4291 §2.2 (IPv6 text forms); [3] RFC 4007 §11 (zones).
   */
  private static final ContextWords VERSION_WORDS = ContextWords.of("v", "ver", "version", "versión", "release",
      "build", "rev", "revision", "revisión", "firmware");
  /**
   * Context. Not "address" alone: it is a word of the redaction labels {@code [US_STREET_ADDRESS]} and
   * {@code [ES_STREET_ADDRESS]}, and would lift a weak dotted quad next to a redacted address on a re-scan;
   * "ip address" is covered by "ip".
   */
  private static final ContextSpec CONTEXT = ContextSpec.of("ip", "ips", "dirección ip", "direccion ip",
      "host", "hostname", "server", "servidor", "ipv4", "ipv6", "gateway", "router", "dns", "logged in from",
      "conectado desde");
  /** Longest IPv6 text form: 8 groups of 4 hex digits and 7 colons, or 6 groups plus an IPv4. */
  private static final int MAX_V6_RUN = 45;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.IP_ADDRESS);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    int n = text.length();
    int lastEnd = 0;
    for (int k = 0; k < ctx.digitTokenCount(); k++) {
      int t = ctx.digitToken(k);
      int s = ctx.tokenStart(t);
      if (s < lastEnd) {
        continue;
      }
      int e = ctx.tokenEnd(t);
      boolean colonNear = (e < n && text.charAt(e) == ':') || (s > 0 && text.charAt(s - 1) == ':');
      if (colonNear && isAllHex(text, s, e)) {
        int v6 = tryV6(ctx, out, s);
        if (v6 > s) {
          lastEnd = v6;
          continue;
        }
      }
      if (!ctx.tokenHas(t, ScanContext.ALL_DIGIT) || e - s > 3 || e >= n || text.charAt(e) != '.') {
        continue;
      }
      int end = parseV4(text, s);
      if (end < 0 || !isV4Boundary(text, s, end)) {
        continue;
      }
      lastEnd = end;
      if (VERSION_WORDS.find(ctx, t - 2, t) >= 0) {
        continue;
      }
      out.add(s, end, EntityType.IP_ADDRESS, looksLikeAddress(text, s, end) ? 0.5 : 0.3, this, "ipv4", "octets");
    }
  }

  /** Tries an IPv6 address around the hex run containing {@code s}; returns its end, or -1. */
  private int tryV6(ScanContext ctx, DetectionSink out, int s) {
    CharSequence text = ctx.text();
    int start = s;
    while (start > 0 && s - start < MAX_V6_RUN && (isHexOrColon(text.charAt(start - 1)))) {
      start--;
    }
    if (start + 1 < text.length() && text.charAt(start) == ':' && text.charAt(start + 1) != ':') {
      start++; // a label's colon ("IP:2001:db8::1"), not part of the address
    } else if (start > 0 && isGlue(text.charAt(start - 1))) {
      // the run starts inside a word: "Source:2001:db8::1" may start after its first single colon;
      // "std::1" and "x.1::2" are not addresses
      int c = start;
      while (c < s && text.charAt(c) != ':') {
        c++;
      }
      if (c >= s || text.charAt(c + 1) == ':') {
        return -1;
      }
      start = c + 1;
    }
    long parsed = parseV6(text, start);
    if (parsed < 0) {
      return -1;
    }
    int end = (int) (parsed >>> 8);
    int groups = (int) (parsed & 0x7F);
    boolean compressed = (parsed & 0x80) != 0;
    end = zoneEnd(text, end);
    double score = groups <= 2 ? 0.3 : compressed ? 0.5 : 0.6;
    out.add(start, end, EntityType.IP_ADDRESS, score, this, compressed ? "ipv6_compressed" : "ipv6", "groups");
    return end;
  }

  /**
   * Parses a dotted quad at {@code p}; returns its end or -1. {@code 10.0.0.1} parses; {@code 10.00.0.1}
   * and {@code 300.1.1.1} do not.
   */
  static int parseV4(CharSequence text, int p) {
    int n = text.length();
    int i = p;
    for (int octet = 0; octet < 4; octet++) {
      int len = Chars.digitRun(text, i, 3);
      if (len == 0 || len > 3 || (len > 1 && text.charAt(i) == '0') || Chars.value(text, i, i + len) > 255) {
        return -1;
      }
      i += len;
      if (octet < 3) {
        if (i >= n || text.charAt(i) != '.') {
          return -1;
        }
        i++;
      }
    }
    return i;
  }

  /** Not glued to a longer dotted number, a word or a URL scheme. */
  private static boolean isV4Boundary(CharSequence text, int s, int end) {
    if (s > 0) {
      char b = text.charAt(s - 1);
      if ((b == '.' || b == '-' || b == '_') && Chars.isAlnumAt(text, s - 2)) {
        return false;
      }
      if (b == '/' && s > 1 && text.charAt(s - 2) == '/') {
        return false; // host of a URL: the URL recognizer reports the whole address
      }
    }
    if (end < text.length()) {
      char a = text.charAt(end);
      if (Chars.isAlnum(a) || ((a == '.' || a == '-' || a == '_') && Chars.isAlnumAt(text, end + 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeAddress(CharSequence text, int s, int end) {
    int wide = 0;
    int run = 0;
    for (int i = s; i <= end; i++) {
      if (i < end && text.charAt(i) != '.') {
        run++;
        continue;
      }
      if (run == 3) {
        return true;
      }
      if (run == 2) {
        wide++;
      }
      run = 0;
    }
    return wide >= 2;
  }

  /**
   * Parses an IPv6 address at {@code p}. Returns {@code end << 8 | compressed << 7 | groups} (an embedded
   * IPv4 counts as two groups), or -1.
   */
  static long parseV6(CharSequence text, int p) {
    int n = text.length();
    int i = p;
    int groups = 0;
    boolean compressed = false;
    boolean digit = false;
    if (i + 1 < n && text.charAt(i) == ':' && text.charAt(i + 1) == ':') {
      compressed = true;
      i += 2;
    }
    while (groups < 8) {
      int len = 0;
      while (i + len < n && len <= 4 && Chars.isHex(text.charAt(i + len))) {
        digit |= Chars.isDigit(text.charAt(i + len));
        len++;
      }
      if (len == 0) {
        break;
      }
      if (i + len < n && text.charAt(i + len) == '.') {
        int v4 = groups <= 6 ? parseV4(text, i) : -1;
        if (v4 < 0) {
          return -1;
        }
        groups += 2;
        i = v4;
        digit = true;
        break;
      }
      if (len > 4) {
        return -1;
      }
      groups++;
      i += len;
      if (i + 1 < n && text.charAt(i) == ':' && text.charAt(i + 1) == ':') {
        if (compressed) {
          return -1;
        }
        compressed = true;
        i += 2;
      } else if (i + 1 < n && text.charAt(i) == ':' && Chars.isHex(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (!digit || groups == 0 || (compressed ? groups > 7 : groups != 8)) {
      return -1;
    }
    if (i < n) {
      char a = text.charAt(i);
      if (Chars.isAlnum(a) || a == '_' || (a == ':' && Chars.isHex(charAt(text, i + 1)))
          || ((a == '.' || a == '-') && Chars.isAlnumAt(text, i + 1))) {
        return -1;
      }
    }
    return ((long) i << 8) | (compressed ? 0x80 : 0) | groups;
  }

  /** Extends past a zone id such as {@code %eth0} (1–15 letters, digits, '_', '.'). */
  private static int zoneEnd(CharSequence text, int end) {
    int n = text.length();
    if (end + 1 >= n || text.charAt(end) != '%' || !Chars.isAlnum(text.charAt(end + 1))) {
      return end;
    }
    int i = end + 1;
    while (i < n && i - end <= 15 && (Chars.isDigit(text.charAt(i)) || Chars.isAsciiLetter(text.charAt(i))
        || text.charAt(i) == '_')) {
      i++;
    }
    return (i < n && Chars.isAlnum(text.charAt(i))) ? end : i;
  }

  private static boolean isAllHex(CharSequence text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Chars.isHex(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isGlue(char c) {
    return Chars.isAlnum(c) || c == '.' || c == '_' || c == '-';
  }

  private static boolean isHexOrColon(char c) {
    return c == ':' || Chars.isHex(c);
  }

  private static char charAt(CharSequence text, int i) {
    return i < text.length() ? text.charAt(i) : ' ';
  }
}
