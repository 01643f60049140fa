package org.piishield.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.docx.DocxDocumentRedactor;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.WithheldSpan;
import org.piishield.formats.verify.DocxVerifier;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;

/**
 * DOCX true redaction and its verification, documents per second on one core: {@link #redact} opens a Word
 * document, withholds every occurrence of six names (bold runs in the body, table cells, the header) and writes
 * the copy; {@link #redactAndVerify} also runs {@link DocxVerifier} on it. The document is written by POI in the
 * setup from a fixed seed: {@code pages} pages of 13 paragraphs of about 35 words (600 such paragraphs make 47
 * pages when LibreOffice lays them out) with a two-column table every 50 paragraphs.
 *
 * <pre>
 * mvn -q -B -DskipTests package -pl pii-benchmarks -am
 * java -jar pii-benchmarks/target/benchmarks.jar DocxRedactBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DocxRedactBenchmark {

  private static final List<String> NAMES = List.of("Ana Ruiz", "Lee Park", "Jorge Silva", "Maria Lopez",
      "Pedro Gomez", "Elena Castro");
  private static final int PARAGRAPHS_PER_PAGE = 13;

  @Param({"1", "50"})
  public int pages;

  private Path dir;
  private Path input;
  private Path output;
  private List<WithheldValue> withheld;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("docx-bench-");
    input = dir.resolve("memo.docx");
    output = dir.resolve("out.docx");
    Random random = new Random(42);
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(input)) {
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Prepared by Ana Ruiz");
      for (int i = 0; i < pages * PARAGRAPHS_PER_PAGE; i++) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText("Entry " + i + ": Officer ");
        var bold = p.createRun();
        bold.setBold(true);
        bold.setText(NAMES.get(random.nextInt(NAMES.size())));
        p.createRun().setText(" responded to call " + (1000 + i) + " at 12 Elm Street. The weather was clear and"
            + " the report was filed on time without further remarks from the supervisor on duty.");
        if (i % 50 == 0) {
          XWPFTable t = doc.createTable(5, 2);
          for (int r = 0; r < 5; r++) {
            t.getRow(r).getCell(0).setText(NAMES.get(random.nextInt(NAMES.size())));
            t.getRow(r).getCell(1).setText("Unit " + r);
          }
        }
      }
      doc.write(out);
    }
    withheld = new ArrayList<>();
    for (String n : NAMES) {
      withheld.add(new WithheldValue(withheld.size() + 1, "PERSON", n, "(b)(6)"));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(input);
    Files.deleteIfExists(output);
    Files.deleteIfExists(dir);
  }

  /** Open, withhold every name, write the copy. */
  @Benchmark
  public long redact() throws IOException, ExtractionException {
    RedactableDocument doc = new DocxDocumentRedactor().open(input, OpenOptions.of(1L << 30));
    String text = doc.text();
    List<WithheldSpan> spans = new ArrayList<>();
    for (String n : NAMES) {
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
        spans.add(new WithheldSpan(at, at + n.length(), "PERSON", "(b)(6)"));
      }
    }
    doc.writeRedacted(RedactionPlan.of(spans), output);
    return Files.size(output);
  }

  /** {@link #redact} and verify the copy; fails the run if the copy does not verify. */
  @Benchmark
  public VerificationReport redactAndVerify() throws IOException, ExtractionException {
    redact();
    VerificationReport report = new DocxVerifier().verify(output, withheld);
    if (!report.passed()) {
      throw new IllegalStateException("copy did not verify: " + report.residues());
    }
    return report;
  }
}
