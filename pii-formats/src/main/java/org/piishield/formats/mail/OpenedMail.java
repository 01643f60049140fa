package org.piishield.formats.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.WithheldSpan;

/**
 * A message opened by {@link EmlDocumentRedactor}: its laid-out text, and the writing of a redacted copy. Each
 * span is cut at segment ends ({@link MailText.Segment}) and applied to the header, file name, body or attachment
 * it falls in; the synthetic lines between segments ({@code "From: "}, {@code "--- attachment 1 ---"}) are never
 * written from the text, so spans over them change nothing.
 */
final class OpenedMail implements RedactableDocument {

  private final MailNode root;
  private final MailText.Laid laid;
  private final Attachments attachments;

  OpenedMail(MailNode root, MailText.Laid laid, Attachments attachments) {
    this.root = root;
    this.laid = laid;
    this.attachments = attachments;
  }

  @Override
  public String text() {
    return laid.text();
  }

  @Override
  public void writeRedacted(RedactionPlan plan, Path target) throws IOException, ExtractionException {
    List<WithheldSpan> spans = new ArrayList<>(plan.spans());
    spans.sort(Comparator.comparingInt(WithheldSpan::start));
    for (WithheldSpan s : spans) {
      if (s.end() > laid.text().length()) {
        throw new ExtractionException("a span [" + s.start() + ", " + s.end() + ") is outside the message text");
      }
    }
    Edits edits = new Edits();
    for (MailText.Segment seg : laid.segments()) {
      edits.apply(seg, clip(spans, seg));
    }
    byte[] bytes = MailWriter.write(root, edits);
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".shield-", ".eml.tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The parts of {@code spans} inside {@code seg}, relative to its start. */
  private static List<WithheldSpan> clip(List<WithheldSpan> spans, MailText.Segment seg) {
    List<WithheldSpan> out = new ArrayList<>();
    for (WithheldSpan s : spans) {
      int start = Math.max(s.start(), seg.start());
      int end = Math.min(s.end(), seg.end());
      if (start < end) {
        out.add(new WithheldSpan(start - seg.start(), end - seg.start(), s.type(), s.label()));
      }
    }
    return out;
  }

  /** The redacted pieces, filled segment by segment; anything without a segment stays as parsed. */
  private final class Edits implements MailWriter.Edits {
    private final Map<MailNode, Map<Integer, String>> headers = new IdentityHashMap<>();
    private final Map<MailNode, String> fileNames = new IdentityHashMap<>();
    private final Map<MailNode, String> bodies = new IdentityHashMap<>();
    private final Map<MailNode, MailWriter.RedactedAttachment> redacted = new IdentityHashMap<>();

    void apply(MailText.Segment seg, List<WithheldSpan> spans) throws IOException, ExtractionException {
      MailNode n = seg.node();
      String segText = laid.text().substring(seg.start(), seg.end());
      switch (seg.role()) {
        case HEADER -> headers.computeIfAbsent(n, k -> new HashMap<>())
            .put(seg.header(), SpanEdits.apply(segText, spans));
        case FILE_NAME -> fileNames.put(n, SpanEdits.apply(segText, spans));
        case BODY -> bodies.put(n, n.isHtml() ? SpanEdits.applyHtml(laid.html().get(n), spans)
            : SpanEdits.apply(segText, spans));
        case ATTACHMENT -> redacted.put(n, attachments.redact(n, segText, spans, fileName(n)));
      }
    }

    @Override
    public String header(MailNode n, int index) {
      Map<Integer, String> m = headers.get(n);
      String v = m == null ? null : m.get(index);
      return v != null ? v : n.headers().get(index).value();
    }

    @Override
    public String fileName(MailNode n) {
      String v = fileNames.get(n);
      return v != null ? v : n.fileName();
    }

    @Override
    public String body(MailNode n) {
      String v = bodies.get(n);
      return v != null ? v : n.text();
    }

    @Override
    public MailWriter.RedactedAttachment attachment(MailNode n) {
      return redacted.get(n);
    }
  }
}
