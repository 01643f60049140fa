package org.piishield.registry.audit;

import java.util.Objects;

/**
 * What {@link AuditLog#verify()} found: the number of entries whose links held, the last good head, and the
 * first broken link, if any. {@link #summary()} is the one line {@code shield audit verify} prints, e.g.
 * {@code audit log OK: 12 entries, head 12:3fa1…} or {@code audit log broken at seq 5: entry edited (its
 * content does not match its hash)}.
 */
public record AuditVerification(long entries, AuditHead head, Break broken) {

  public AuditVerification {
    Objects.requireNonNull(head, "head");
  }

  /** Why a link is broken. */
  public enum Reason {
    /** The entry's content or hash was changed: its hash does not match HMAC(prev_hash, content). */
    EDITED("entry edited (its content does not match its hash)"),
    /** An entry is missing: the sequence jumps over it. */
    DELETED("entry deleted (gap in the sequence)"),
    /** The entry's prev_hash is not the previous entry's hash: entries were reordered, replaced or inserted. */
    REORDERED("entry out of place (prev_hash is not the hash of the entry before: reordered, replaced or"
        + " inserted)"),
    /** The entry was chained under another registry key than the one verifying. */
    WRONG_KEY("entry chained under another registry key"),
    /** The log ends before the head anchor says it does: entries were deleted from the end. */
    TRUNCATED("entries deleted from the end (the log ends before its head)"),
    /** The head anchor (in the database, or the one given to verify) does not match the chain. */
    ANCHOR_MISMATCH("head anchor does not match the chain");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    /** A short explanation, e.g. {@code entry deleted (gap in the sequence)}. */
    public String text() {
      return text;
    }
  }

  /** The first broken link: at {@code seq}, for {@code reason}; {@code detail} holds seqs and key ids only. */
  public record Break(long seq, Reason reason, String detail) {

    public Break {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** True when every link held and the head matched. */
  public boolean isOk() {
    return broken == null;
  }

  /** The one-line summary. */
  public String summary() {
    if (isOk()) {
      return "audit log OK: " + entries + " entries, head " + head;
    }
    return "audit log broken at seq " + broken.seq() + ": " + broken.reason().text()
        + (broken.detail().isEmpty() ? "" : "; " + broken.detail());
  }
}
