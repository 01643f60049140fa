package org.piishield.redact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.piishield.detect.EntityType;

/** Builds the {@link Operator} for each {@link OperatorSpec}. */
public final class Operators {

  private Operators() {}

  public static Operator of(OperatorSpec spec) {
    if (spec instanceof ReplaceSpec r) {
      return new ReplaceOperator(r);
    }
    if (spec instanceof MaskSpec m) {
      return new MaskOperator(m);
    }
    if (spec instanceof HashSpec h) {
      return new HashOperator(h);
    }
    if (spec instanceof PseudonymSpec p) {
      return new PseudonymOperator(p);
    }
    if (spec instanceof KeepSpec) {
      return new KeepOperator();
    }
    return new RedactOperator();
  }

  static final class RedactOperator implements Operator {
    @Override
    public String name() {
      return "redact";
    }

    @Override
    public void apply(CharSequence text, int start, int end, EntityType type, PseudonymTable p, StringBuilder out) {
      // nothing: the span is removed
    }
  }

  static final class ReplaceOperator implements Operator {
    private final String fixed;

    ReplaceOperator(ReplaceSpec spec) {
      this.fixed = spec.text();
    }

    @Override
    public String name() {
      return "replace";
    }

    @Override
    public void apply(CharSequence text, int start, int end, EntityType type, PseudonymTable p, StringBuilder out) {
      if (fixed != null) {
        out.append(fixed);
      } else {
        out.append('[').append(type.id()).append(']');
      }
    }
  }

  static final class MaskOperator implements Operator {
    private final MaskSpec spec;

    MaskOperator(MaskSpec spec) {
      this.spec = spec;
    }

    @Override
    public String name() {
      return "mask";
    }

    @Override
    public void apply(CharSequence text, int start, int end, EntityType type, PseudonymTable p, StringBuilder out) {
      int len = end - start;
      int n = (int) Math.min(len, (long) spec.count());
      int maskFrom = spec.from() == MaskSpec.From.START ? 0 : len - n;
      int maskTo = maskFrom + n;
      for (int i = 0; i < len; i++) {
        out.append(i >= maskFrom && i < maskTo ? spec.maskChar() : text.charAt(start + i));
      }
    }
  }

  static final class HashOperator implements Operator {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final SecretKeySpec key;
    private final int hexChars;
    private final ThreadLocal<Mac> mac;

    HashOperator(HashSpec spec) {
      this.key = new SecretKeySpec(spec.key(), "HmacSHA256");
      this.hexChars = spec.hexChars();
      this.mac = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
      try {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(key);
        return m;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 unavailable", e);
      }
    }

    @Override
    public String name() {
      return "hash";
    }

    @Override
    public void apply(CharSequence text, int start, int end, EntityType type, PseudonymTable p, StringBuilder out) {
      byte[] digest = mac.get().doFinal(text.subSequence(start, end).toString().getBytes(StandardCharsets.UTF_8));
      int from = out.length();
      boolean allDigits = true;
      for (int i = 0; i < hexChars; i++) {
        int b = digest[i >> 1] & 0xff;
        int nibble = (i & 1) == 0 ? b >>> 4 : b & 0xf;
        allDigits &= nibble < 10;
        out.append(HEX[nibble]);
      }
      if (allDigits) {
        // an all-digit digest can read as a card or phone number on a later scan; its first digit
        // becomes a letter (0 -> g ... 9 -> p) so the output stays one stable, non-numeric token
        out.setCharAt(from, (char) ('g' + out.charAt(from) - '0'));
      }
    }
  }

  static final class PseudonymOperator implements Operator {
    private final String prefix;

    PseudonymOperator(PseudonymSpec spec) {
      this.prefix = spec.prefix();
    }

    @Override
    public String name() {
      return "pseudonym";
    }

    @Override
    public void apply(CharSequence text, int start, int end, EntityType type, PseudonymTable p, StringBuilder out) {
      out.append(p.surrogate(prefix != null ? prefix : type.id(), text, start, end));
    }
  }

  static final class KeepOperator implements Operator {
    @Override
    public String name() {
      return "keep";
    }

    @Override
    public void apply(CharSequence text, int start, int end, EntityType type, PseudonymTable p, StringBuilder out) {
      out.append(text, start, end);
    }
  }
}
