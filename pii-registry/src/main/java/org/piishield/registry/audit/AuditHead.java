package org.piishield.registry.audit;

import java.util.regex.Pattern;

/**
 * The head of the chain: the sequence number and hash of the last entry, {@code (0, "00…00")} for an empty
 * log. Print it and keep it somewhere the database's writers cannot reach (a ticket, a signed e-mail): a later
 * {@link AuditLog#verify(AuditHead)} against it detects entries deleted from the end, which the database
 * alone cannot prove (see {@link AuditLog}).
 *
 * <p>Example: {@code AuditHead.parse("12:3fa1…")} (64 hex chars after the colon) is {@code seq 12}, and
 * {@link #toString()} gives the same text back.
 */
public record AuditHead(long seq, String hash) {

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  /** The head of an empty log: sequence 0 and 32 zero bytes. */
  public static final AuditHead EMPTY = new AuditHead(0, "0".repeat(64));

  public AuditHead {
    if (seq < 0) {
      throw new IllegalArgumentException("seq must be >= 0, was " + seq);
    }
    if (hash == null || !HASH.matcher(hash).matches()) {
      throw new IllegalArgumentException("hash must be 64 lower-case hex chars");
    }
  }

  /** Parses {@code SEQ:HASH}, the form {@link #toString()} prints. */
  public static AuditHead parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("expected SEQ:HASH, e.g. 12:" + "0".repeat(64));
    }
    long seq;
    try {
      seq = Long.parseLong(text.substring(0, colon));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("SEQ of SEQ:HASH must be a number");
    }
    return new AuditHead(seq, text.substring(colon + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /** {@code SEQ:HASH}, e.g. {@code 12:3fa1…}. */
  @Override
  public String toString() {
    return seq + ":" + hash;
  }
}
