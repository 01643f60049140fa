package org.piishield.formats.mail;

/**
 * Bounds on one message, so a hostile file degrades into an error instead of exhausting memory or time:
 * how deep parts and attached messages nest, how many parts there are in all, and how many decoded body bytes
 * (all parts together, attached messages included).
 *
 * <p>{@link #DEFAULT}: depth 8, 1,000 parts, 256 MiB decoded.
 */
record MailLimits(int maxDepth, int maxParts, long maxDecodedBytes) {

  static final MailLimits DEFAULT = new MailLimits(8, 1_000, 256L << 20);

  MailLimits {
    if (maxDepth < 1 || maxParts < 1 || maxDecodedBytes < 1) {
      throw new IllegalArgumentException("mail limits must be positive");
    }
  }
}
