package org.piishield.registry.match;

import java.util.Objects;

/**
 * Turns document text into the candidate strings a registry matcher hashes: each candidate is normalised
 * exactly like the enrolment variants of {@link org.piishield.registry.normalize.Variants}, so an enrolled
 * person written in a flyer or post in any of the forms issue 3 lists gives at least one candidate equal to
 * one of their variants. Immutable and thread-safe; reuse one instance (per-call buffers are kept per
 * thread).
 *
 * <p>Example: with a filter that knows {@code william}, {@code w} and {@code odonnell},
 * {@code extract("Bill? No: W. O'DONNELL, 123 N. Main St. #4, (562) 555-0123", sink)} gives, among others,
 * {@code (NAME, "w odonnell", 10, 22)}, {@code (ADDRESS, "123 n main st", 24, 38)},
 * {@code (ADDRESS, "123 main st", 24, 38)}, {@code (ADDRESS, "123 n main st apt 4", 24, 42)} and
 * {@code (PHONE, "+15625550123", 44, 58)}.
 *
 * <p>Steps, per block of text (the text is cut after a line break every
 * {@value #BLOCK_CHARS} chars or so; no candidate crosses a line break, so blocks are independent):
 * <ol>
 *   <li>tokenise once ({@link TextTokens}): letters and digits folded, apostrophes joined, offsets kept;</li>
 *   <li>names ({@link NameWindows}): windows of 2–5 tokens that all pass the {@link NamePartFilter},
 *       with one OCR confusion tolerated per token of 5+ chars;</li>
 *   <li>addresses ({@link StreetCandidates}): house number + street up to a suffix or unit;</li>
 *   <li>phones ({@link PhoneCandidates}): digit chains to E.164;</li>
 *   <li>e-mails ({@link EmailCandidates}) and plates ({@link PlateCandidates}).</li>
 * </ol>
 * Within a block, candidates come grouped by pass in that order, each pass in text order; the same string
 * may come more than once (at different offsets, or from two passes). The sink must not call {@code extract} of the same
 * instance from the same thread (it would get fresh buffers, which is merely slower).
 */
public final class CandidateExtractor {
  /*
   * Speed (issue 3: shield watch >= 20 MB/s per core with the index probes): one classification pass per
   * char, folded chars stored once, the filter asked once per token through a reused CharSequence view; no
   * String is made for a token that fails the filter. Only the rare cues (a house number followed by a street
   * suffix, a chain of 7+ digits) reach AddressVariants and libphonenumber, which allocate.
   */

  /** Target block size in chars; blocks end after a line break. */
  static final int BLOCK_CHARS = 1 << 16;

  private final NamePartFilter parts;
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  /** An extractor whose name windows are gated by {@code parts}. */
  public CandidateExtractor(NamePartFilter parts) {
    this.parts = Objects.requireNonNull(parts, "parts");
  }

  /** Sends every candidate of {@code text} to {@code sink}; see the class comment for the order. */
  public void extract(CharSequence text, CandidateSink sink) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sink, "sink");
    Scratch s = scratch.get();
    if (s.busy) {
      s = new Scratch();
    }
    s.busy = true;
    try {
      int n = text.length();
      int from = 0;
      while (from < n) {
        int to = blockEnd(text, from, n);
        s.tokens.tokenize(text, from, to);
        s.names.run(s.tokens, parts, sink);
        s.streets.run(s.tokens, sink);
        s.phones.run(s.tokens, sink);
        s.emails.run(s.tokens, from, to, sink);
        s.plates.run(s.tokens, sink);
        from = to;
      }
    } finally {
      s.names.clear();
      s.busy = false;
    }
  }

  /**
   * The end of the block starting at {@code from}: just after the first line break at or after
   * {@code from + BLOCK_CHARS}, or, in a text without one for {@code 16 * BLOCK_CHARS} chars, after a space.
   */
  static int blockEnd(CharSequence text, int from, int n) {
    if (n - from <= BLOCK_CHARS) {
      return n;
    }
    int limit = (int) Math.min(n, from + 16L * BLOCK_CHARS);
    for (int i = from + BLOCK_CHARS; i < limit; i++) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    for (int i = from + BLOCK_CHARS; i < limit; i++) {
      if (text.charAt(i) == ' ') {
        return i + 1;
      }
    }
    return limit;
  }

  /** Per-thread buffers of all passes. */
  private static final class Scratch {
    final TextTokens tokens = new TextTokens();
    final NameWindows names = new NameWindows();
    final StreetCandidates streets = new StreetCandidates();
    final PhoneCandidates phones = new PhoneCandidates();
    final EmailCandidates emails = new EmailCandidates();
    final PlateCandidates plates = new PlateCandidates();
    boolean busy;
  }
}
