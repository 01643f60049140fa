package org.piishield.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.DocumentRedactor;
import org.piishield.formats.redact.DocumentVerifier;
import org.piishield.formats.redact.OpenOptions;
import org.piishield.formats.redact.Redactors;
import org.piishield.formats.verify.LoggedSpan;
import org.piishield.formats.verify.PdfVerifier;
import org.piishield.formats.verify.VerificationReport;
import org.piishield.formats.verify.WithheldValue;
import org.piishield.formats.verify.WithheldValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shield verify}: checks redacted copies against their redaction log, independently of the redaction code.
 *
 * <ol>
 *   <li>Read the log ({@link RedactionLogReader}); an unreadable or malformed log is exit 3 before anything else.
 *   <li>Walk the outputs (files or directories; the log itself is skipped); files a format's
 *       {@link DocumentVerifier} checks are verified, others skipped.
 *   <li>Per output: find its source in the log ({@link #sourcesOf}; an output matching several is an input
 *       error), recover the withheld values from that original's text as its {@link DocumentRedactor} reads it
 *       ({@link WithheldValues}, in memory only) and run the verifier. An output no log row names is still
 *       checked for structure.
 *   <li>Print each residue as {@code OUTPUT: MESSAGE}, never a value; write the JSON report if asked.
 * </ol>
 *
 * Exit: 3 when an output, a source or the log could not be read (the rest is still checked), else 1 when any
 * residue was found, else 0.
 */
@Command(name = "verify", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    headerHeading = "%n", header = "Check that redacted PDFs no longer hold what their log says was withheld.",
    description = {
        "Each output PDF is re-read without the redaction code: PDFBox's plain text, poppler's pdftotext (when "
            + "installed) and every decoded stream and string of the file are searched for each withheld value "
            + "(recovered from the original input the log names, with the log's offsets), also case- and "
            + "accent-folded, without whitespace, and by its digits alone. The file must also have a single "
            + "revision, no embedded files, scripts, annotations other than links, form fields, layers, outlines "
            + "or XMP metadata, and document information holding only Producer.",
        "",
        "Every redaction box must carry a label (exemption code or type) the log gives for the file, and must be "
            + "solid when the page is rendered (nothing drawn over it). Images big enough to hold text are read "
            + "with Tesseract (text-only pages are not) and searched like the text. A page the log withholds in "
            + "full (type PAGE) must show only 'Page withheld in full under LABEL'.",
        "",
        "A redacted .docx is unzipped and every XML part (text and attributes) and other part is searched the "
            + "same way; it must have no comments, tracked changes, hidden text, custom XML, identifying "
            + "document properties, macros or embedded objects. Copies made with --office-to-pdf "
            + "(memo.docx.pdf) are checked with --office-to-pdf.",
        "",
        "Residues are named by log row and type, or page and box, never by value."},
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n", parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
        "  shield verify --log release/redaction-log.csv release/",
        "  shield verify --log case.csv --report verify.json out/memo.pdf",
        "",
        "Exit codes: 0 every check passed; 1 residue found (named on stdout);",
        "3 an output, an original or the log could not be read (named on stderr)."})
final class VerifyCommand implements Callable<Integer> {

  @ParentCommand
  ShieldCommand root;

  @Spec
  CommandSpec spec;

  @Option(names = "--log", required = true, paramLabel = "FILE", description = "The redaction log of the run (CSV).")
  Path log;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write a JSON report (hashes, checks, residue counts; no values).")
  Path reportFile;

  @Mixin
  PasswordOption passwordOption;

  @Mixin
  OfficeToPdfOption officeToPdf;

  @Parameters(arity = "1..*", paramLabel = "OUT", description = "Redacted PDFs, or directories of them.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (Progress progress = new Progress(spec.commandLine().getErr(), root.context().interactive())) {
      ErrorReport errors = new ErrorReport(progress);
      Map<String, List<LoggedSpan>> logged;
      try {
        logged = RedactionLogReader.read(log);
      } catch (IOException e) {
        errors.input(log.toString(), e instanceof RedactionLogReader.MalformedLogException
            ? e.getMessage() : "cannot read the log: " + DocumentReader.reason(e));
        return errors.exitCode();
      }
      boolean poppler = PdfVerifier.popplerInstalled();
      if (!poppler) {
        progress.println("shield: pdftotext not installed; checking with PDFBox only "
            + "(install it with: sudo apt-get install -y poppler-utils)");
      }
      Redactors redactors;
      try {
        redactors = officeToPdf.redactors();
      } catch (OfficeToPdfOption.MissingLibreOffice e) {
        errors.input("--office-to-pdf", e.getMessage());
        return errors.exitCode();
      }
      String password = passwordOption.password(root.context().env(), spec);
      VerifyReportJson json = new VerifyReportJson();
      Set<Path> skip = log.toFile().exists() ? Set.of(log.toRealPath()) : Set.of();
      List<InputFile> outputs = new InputWalker(skip, errors).walk(paths);
      int files = 0;
      int residues = 0;
      for (InputFile f : outputs) {
        Optional<DocumentVerifier> verifier = redactors.verifierFor(f.fileName())
            .or(() -> HtmlCopies.verifierFor(f.fileName()));
        if (f.isStdin() || verifier.isEmpty()) {
          continue;
        }
        progress.status("verifying " + f.source());
        List<String> candidates = sourcesOf(f.path(), logged.keySet(),
            n -> redactors.forFile(n).map(r -> r.outputName(n)).orElse(n));
        if (candidates.size() > 1) {
          errors.input(f.source(), "cannot tell which of " + candidates.size() + " logged sources this is a copy of");
          json.failed();
          continue;
        }
        String source = candidates.isEmpty() ? null : candidates.get(0);
        List<WithheldValue> withheld = List.of();
        String inputHash = null;
        if (source != null) {
          String sourceName = Path.of(source).getFileName().toString();
          Optional<DocumentRedactor> redactor = redactors.forFile(sourceName);
          boolean html = redactor.isEmpty() && HtmlCopies.verifierFor(sourceName).isPresent();
          if (redactor.isEmpty() && !html) {
            errors.input(source, "cannot recover the withheld values: no redactor reads this kind of file");
            json.failed();
            continue;
          }
          try {
            Path original = Path.of(source);
            withheld = html ? HtmlCopies.recover(original, logged.get(source))
                : WithheldValues.recover(redactor.get().open(original, new OpenOptions(Long.MAX_VALUE, password))
                    .text(), logged.get(source));
            inputHash = sha256(original);
          } catch (IOException | ExtractionException e) {
            errors.input(source, "cannot recover the withheld values from this original: "
                + PasswordOption.withHint(reason(e), password));
            json.failed();
            continue;
          }
        }
        VerificationReport report;
        String outputHash;
        try {
          outputHash = sha256(f.path());
          report = verifier.get().verify(f.path(), withheld);
        } catch (IOException | ExtractionException e) {
          errors.input(f.source(), "cannot verify: " + reason(e));
          json.failed();
          continue;
        } catch (RuntimeException e) {
          errors.internal(f.source(), e);
          json.failed();
          continue;
        }
        files++;
        json.file(f.source(), outputHash, source, inputHash, withheld.size(), report);
        for (String note : report.notes()) {
          out.println(f.source() + ": note: " + note);
        }
        for (WithheldValue w : withheld) {
          if (w.keptElsewhere() > 0) {
            out.println(f.source() + ": note: the withheld value of row " + w.row() + " (" + w.type() + ") also "
                + "appears " + w.keptElsewhere() + " time(s) where it was not withheld; review those places");
          }
        }
        for (String residue : report.residues()) {
          out.println(f.source() + ": " + residue);
          residues++;
        }
        if (report.passed()) {
          out.println(f.source() + ": ok (" + withheld.size() + " withheld value(s)"
              + (source == null ? ", no log rows: structure and text only" : "") + ")");
        }
      }
      out.println("Verified " + files + " file(s): " + residues + " residue(s)");
      out.flush();
      if (reportFile != null) {
        try {
          AtomicOutput.write(reportFile, json.toJson(log.toString(), poppler));
        } catch (IOException e) {
          errors.input(reportFile.toString(), "cannot write the report: " + DocumentReader.reason(e));
        }
      }
      int code = errors.exitCode();
      return code != ExitCode.OK ? code : residues > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }
  }

  /**
   * The logged sources {@code output} may be a copy of: those sharing the longest tail of path names with it and,
   * among them, those with the fewest names ({@code out/memo.pdf} is the copy of {@code in/memo.pdf}, not of
   * {@code in/a/memo.pdf}). Empty when no source has the output's file name; more than one when it cannot tell.
   */
  static List<String> sourcesOf(Path output, Set<String> sources) {
    return sourcesOf(output, sources, UnaryOperator.identity());
  }

  /**
   * Like {@link #sourcesOf(Path, Set)}, where the copy of a source named {@code n} is named {@code outputName(n)}
   * ({@code memo.odt} gives {@code memo.odt.pdf} when converted).
   */
  static List<String> sourcesOf(Path output, Set<String> sources, UnaryOperator<String> outputName) {
    Path o = output.normalize();
    List<String> best = new ArrayList<>();
    int bestTail = 0;
    int bestNames = Integer.MAX_VALUE;
    for (String s : sources) {
      Path p = Path.of(s).normalize();
      if (o.getFileName() == null || p.getFileName() == null
          || !o.getFileName().toString().equals(outputName.apply(p.getFileName().toString()))) {
        continue;
      }
      int n = 1;
      while (n < o.getNameCount() && n < p.getNameCount()
          && o.getName(o.getNameCount() - 1 - n).equals(p.getName(p.getNameCount() - 1 - n))) {
        n++;
      }
      if (n > bestTail || (n == bestTail && p.getNameCount() < bestNames)) {
        best.clear();
        bestTail = n;
        bestNames = p.getNameCount();
      }
      if (n == bestTail && p.getNameCount() == bestNames) {
        best.add(s);
      }
    }
    return best;
  }

  private static String reason(Exception e) {
    return e instanceof ExtractionException ? e.getMessage() : DocumentReader.reason((IOException) e);
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
