package org.piishield.registry.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;
import org.piishield.registry.audit.AuditVerification.Break;
import org.piishield.registry.audit.AuditVerification.Reason;

/**
 * One verification pass over the rows of {@code audit_log} in sequence order: checks, per row, the sequence
 * (no gap), the key id, the link to the previous hash and the hash itself, in that order, stopping at the first
 * failure; then {@link #finish} compares the end of the chain with the head anchor and, if given, an expected
 * head kept outside the database. Messages hold sequence numbers and hex key ids only: a tampered column is
 * never echoed. Not thread-safe; one per verification.
 */
final class ChainWalk {

  private static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{8,64}");

  private final AuditChain chain;
  private final AuditHead expected;
  private long count;
  private long lastSeq;
  private String lastHash = AuditHead.EMPTY.hash();
  private Break broken;

  /** {@code expected} may be null: no external anchor. */
  ChainWalk(AuditChain chain, AuditHead expected) {
    this.chain = chain;
    this.expected = expected;
  }

  /** Checks the next row; false once a link is broken. */
  boolean visit(AuditRows.Row r) {
    long want = lastSeq + 1;
    if (r.seq() != want) {
      broken = r.seq() > want
          ? new Break(want, Reason.DELETED, "the next entry is seq " + r.seq())
          : new Break(r.seq(), Reason.REORDERED, "sequence numbers start at 1");
      return false;
    }
    if (!chain.keyId().equals(r.keyId())) {
      String found = r.keyId() != null && HEX_ID.matcher(r.keyId()).matches() ? r.keyId() : "(not a key id)";
      broken = new Break(r.seq(), Reason.WRONG_KEY, "entry key id " + found + ", verifying with key id "
          + chain.keyId());
      return false;
    }
    if (!lastHash.equals(r.prevHash())) {
      broken = new Break(r.seq(), Reason.REORDERED, "");
      return false;
    }
    String computed;
    try {
      computed = chain.link(lastHash, r.seq(), r.at(), r.actor(), r.action(), r.keyId(), r.attributes());
    } catch (IllegalArgumentException e) {
      computed = null; // a text that is not valid UTF-16 was never appended: edited
    }
    if (computed == null || r.hash() == null || !MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
        r.hash().getBytes(StandardCharsets.US_ASCII))) {
      broken = new Break(r.seq(), Reason.EDITED, "");
      return false;
    }
    count++;
    lastSeq = r.seq();
    lastHash = r.hash();
    if (expected != null && lastSeq == expected.seq() && !lastHash.equals(expected.hash())) {
      broken = new Break(lastSeq, Reason.ANCHOR_MISMATCH, "entry " + lastSeq + " differs from the expected head");
      return false;
    }
    return true;
  }

  /** The result, after the last row: {@code stored} is the head anchor row, or null if it was deleted. */
  AuditVerification finish(AuditRows.StoredHead stored) {
    if (broken == null) {
      if (stored == null) {
        broken = new Break(lastSeq, Reason.ANCHOR_MISMATCH, "the head anchor row (audit_head) is missing");
      } else if (stored.seq() > lastSeq) {
        broken = new Break(lastSeq + 1, Reason.TRUNCATED, "the head anchor is at seq " + stored.seq()
            + ", the last entry is seq " + lastSeq);
      } else if (stored.seq() < lastSeq) {
        broken = new Break(stored.seq() + 1, Reason.ANCHOR_MISMATCH, "the head anchor is at seq "
            + stored.seq() + ", the last entry is seq " + lastSeq);
      } else if (!lastHash.equals(stored.hash())) {
        broken = new Break(lastSeq, Reason.ANCHOR_MISMATCH, "the head anchor's hash differs from entry "
            + lastSeq);
      } else if (expected != null && expected.seq() > lastSeq) {
        broken = new Break(lastSeq + 1, Reason.TRUNCATED, "the expected head is seq " + expected.seq()
            + ", the last entry is seq " + lastSeq);
      }
    }
    return new AuditVerification(count, new AuditHead(lastSeq, lastHash), broken);
  }
}
