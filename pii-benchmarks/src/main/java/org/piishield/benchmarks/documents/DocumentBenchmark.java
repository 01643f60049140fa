package org.piishield.benchmarks.documents;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.piishield.detect.RecognizerRegistry;
import org.piishield.engine.PiiEngine;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.pdf.redact.PdfDocumentRedactor;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.WithheldSpan;
import org.piishield.formats.verify.LoggedSpan;
import org.piishield.formats.verify.PdfVerifier;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;
import org.piishield.formats.verify.WithheldValues;
import org.piishield.redact.AppliedRedaction;
import org.piishield.redact.Policy;
import org.piishield.redact.PseudonymTable;

/**
 * How many PDF pages a second {@code shield redact} gets through on one thread, end to end and per step:
 * {@code open} (PDFBox text with positions; OCR for image-only pages), {@code detect} (every built-in recognizer,
 * foia policy), {@code redact} (glyphs and pixels removed, boxes drawn, sanitised, full rewrite) and
 * {@code verify} (PDFBox text, poppler's pdftotext as a child process, every decoded object, structure). A
 * command, never run by {@code mvn verify}:
 *
 * <pre>
 * bin/document-bench --pages 200 --rounds 5 --scanned-pages 4
 * </pre>
 *
 * It makes a {@code --pages} text PDF ({@link BenchmarkPdfs}, {@code --seed} 42) and an image-only copy of its
 * first {@code --scanned-pages} pages under {@code --dir} (default: a temporary folder), runs one warm-up round
 * and {@code --rounds} timed rounds over the text PDF and one round over the scan, and prints per step the wall
 * time and the thread's CPU time as pages/s (median round), and whether verification passed.
 */
public final class DocumentBenchmark {

  private static final String[] STEPS = {"open", "detect", "redact", "verify"};

  private final PrintStream out;
  private int pages = 200;
  private int scannedPages = 4;
  private int rounds = 5;
  private long seed = 42;
  private Path dir;

  DocumentBenchmark(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    DocumentBenchmark bench = new DocumentBenchmark(System.out);
    try {
      bench.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("document-bench: " + e.getMessage());
      System.err.println("usage: document-bench [--pages N] [--rounds R] [--scanned-pages M] [--seed S] [--dir DIR]");
      System.exit(2);
    }
    bench.run();
  }

  void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      if (v == null) {
        throw new IllegalArgumentException(a + " needs a value");
      }
      i++;
      switch (a) {
        case "--pages" -> pages = Integer.parseInt(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        case "--scanned-pages" -> scannedPages = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--dir" -> dir = Path.of(v);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (pages < 1 || rounds < 1 || scannedPages < 0 || scannedPages > pages) {
      throw new IllegalArgumentException("--pages and --rounds must be positive, --scanned-pages 0..pages");
    }
  }

  void run() throws IOException, ExtractionException {
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("document-bench-");
    out.printf(Locale.ROOT, "jvm: %s %s, %d processors; pdftotext %s%n", System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        PdfVerifier.popplerInstalled() ? "installed" : "NOT installed (verify is PDFBox only)");
    Path text = work.resolve("text-" + pages + ".pdf");
    BenchmarkPdfs.textPdf(seed, pages, text);
    PiiEngine engine = PiiEngine.newBuilder().recognizers(RecognizerRegistry.discover().all())
        .policy(Policy.named("foia", new byte[32])).build();
    Pipeline pipeline = new Pipeline(engine, work.resolve("out.pdf"));
    out.printf(Locale.ROOT, "text PDF: %d pages, %d bytes (PDFBox, MixedCorpus seed %d)%n", pages, Files.size(text),
        seed);
    pipeline.run(text);
    long[][] wall = new long[rounds][];
    long[][] cpu = new long[rounds][];
    for (int r = 0; r < rounds; r++) {
      Pipeline.Times t = pipeline.run(text);
      wall[r] = t.wall();
      cpu[r] = t.cpu();
      out.printf(Locale.ROOT, "round %d: %.1f pages/s end to end (%d spans withheld, verification %s)%n", r + 1,
          pages / seconds(sum(t.wall())), t.spans(), t.passed() ? "passed" : "FAILED");
      t.residues().stream().limit(5).forEach(residue -> out.println("  residue: " + residue));
    }
    print("text", pages, median(wall), median(cpu));
    if (scannedPages > 0) {
      Path firstPages = work.resolve("text-" + scannedPages + ".pdf");
      BenchmarkPdfs.textPdf(seed, scannedPages, firstPages);
      Path scan = work.resolve("scan-" + scannedPages + ".pdf");
      BenchmarkPdfs.scannedPdf(firstPages, scan);
      Pipeline.Times t = pipeline.run(scan);
      out.printf(Locale.ROOT, "scanned PDF: %d pages at %d dpi, %d spans withheld, verification %s%n", scannedPages,
          BenchmarkPdfs.SCAN_DPI, t.spans(), t.passed() ? "passed" : "FAILED");
      print("scanned", scannedPages, t.wall(), t.cpu());
    }
  }

  private void print(String what, int n, long[] wall, long[] cpu) {
    out.printf(Locale.ROOT, "%-8s %-7s %12s %12s %12s%n", what, "step", "wall pages/s", "cpu pages/s", "wall s/page");
    for (int s = 0; s < STEPS.length; s++) {
      out.printf(Locale.ROOT, "%-8s %-7s %12.1f %12.1f %12.3f%n", "", STEPS[s], n / seconds(wall[s]),
          n / seconds(cpu[s]), seconds(wall[s]) / n);
    }
    out.printf(Locale.ROOT, "%-8s %-7s %12.1f %12.1f %12.3f%n", "", "total", n / seconds(sum(wall)),
        n / seconds(sum(cpu)), seconds(sum(wall)) / n);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static long sum(long[] a) {
    return Arrays.stream(a).sum();
  }

  /** Per step, the times of the round whose total is the median. */
  private static long[] median(long[][] rounds) {
    long[][] sorted = rounds.clone();
    Arrays.sort(sorted, (a, b) -> Long.compare(sum(a), sum(b)));
    return sorted[sorted.length / 2];
  }

  /** One file through the four steps on the calling thread. */
  private static final class Pipeline {

    record Times(long[] wall, long[] cpu, int spans, boolean passed, List<String> residues) {}

    private final PiiEngine engine;
    private final Path target;
    private final PdfDocumentRedactor redactor = new PdfDocumentRedactor();
    private final PdfVerifier verifier = new PdfVerifier();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    Pipeline(PiiEngine engine, Path target) {
      this.engine = engine;
      this.target = target;
    }

    Times run(Path pdf) throws IOException, ExtractionException {
      long[] wall = new long[STEPS.length];
      long[] cpu = new long[STEPS.length];
      long w = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      RedactableDocument doc = redactor.open(pdf, OpenOptions.of(Long.MAX_VALUE));
      String text = doc.text();
      w = lap(wall, cpu, 0, w, c);
      c = threads.getCurrentThreadCpuTime();
      List<AppliedRedaction> applied = engine.redact(text, engine.detect(text), new PseudonymTable()).applied();
      List<WithheldSpan> spans = new ArrayList<>();
      List<LoggedSpan> logged = new ArrayList<>();
      for (AppliedRedaction a : applied) {
        if (!"keep".equals(a.operator())) {
          String label = a.exemption() == null || a.exemption().isEmpty() ? a.type().id() : a.exemption();
          spans.add(new WithheldSpan(a.start(), a.end(), a.type().id(), label));
          logged.add(new LoggedSpan(logged.size() + 1, a.start(), a.end(), a.type().id(), a.operator(), label));
        }
      }
      List<WithheldValue> withheld = WithheldValues.recover(text, logged);
      w = lap(wall, cpu, 1, w, c);
      c = threads.getCurrentThreadCpuTime();
      doc.writeRedacted(RedactionPlan.of(spans), target);
      w = lap(wall, cpu, 2, w, c);
      c = threads.getCurrentThreadCpuTime();
      VerificationReport report = verifier.verify(target, withheld);
      lap(wall, cpu, 3, w, c);
      return new Times(wall, cpu, spans.size(), report.passed(), report.residues());
    }

    private long lap(long[] wall, long[] cpu, int step, long wallStart, long cpuStart) {
      long now = System.nanoTime();
      wall[step] = now - wallStart;
      cpu[step] = threads.getCurrentThreadCpuTime() - cpuStart;
      return now;
    }
  }
}
