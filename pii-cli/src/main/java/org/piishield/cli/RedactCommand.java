package org.piishield.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.piishield.detect.Detection;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.engine.PiiEngine;
import org.piishield.extract.ExtractedText;
import org.piishield.extract.ExtractionException;
import org.piishield.extract.Extractors;
import org.piishield.formats.redact.DocumentRedactor;
import org.piishield.formats.redact.DocumentVerifier;
import org.piishield.formats.redact.RedactableDocument;
import org.piishield.formats.redact.RedactionPlan;
import org.piishield.formats.redact.image.FaceWithholding;
import org.piishield.formats.redact.Redactors;
import org.piishield.formats.verify.HtmlVerifier;
import org.piishield.redact.AppliedRedaction;
import org.piishield.redact.KeepSpec;
import org.piishield.redact.Policy;
import org.piishield.redact.PolicyRule;
import org.piishield.redact.PseudonymTable;
import org.piishield.redact.RedactionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shield redact}: writes redacted copies of files under an output directory, and a CSV log.
 *
 * <ol>
 *   <li>Load the policy (built-in name or JSON file) and build the engine.
 *   <li>Walk the inputs, skipping the output directory and the log. Work out every output path
 *       ({@code OUT/relative path}); refuse to run if one of them is an input (nothing is written).
 *   <li>Per document: extract, detect, map detections to offsets in the file as read, and redact that
 *       original text (for HTML the markup around the spans is kept). Write the copy atomically.
 *   <li>Per file a format's {@link DocumentRedactor} takes (PDF, ...): open it into text, detect, and take every
 *       span the policy does not keep out of a full new copy of the file (for a PDF: glyphs removed, a box with the
 *       exemption code in their place); then verify the copy with the format's {@link DocumentVerifier} and
 *       delete it if anything is left. Log offsets are into the redactor's text (what {@code shield scan}
 *       reports).
 *   <li>Append the applied spans to the log (written atomically when the run ends).
 * </ol>
 *
 * One {@link PseudonymTable} serves the whole run, so the same value gets the same surrogate in every file.
 */
@Command(name = "redact", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    headerHeading = "%n", header = "Write redacted copies of files, and a log of what was redacted.",
    description = {
        "Each input is scanned and a copy with every finding replaced as the policy says is written under "
            + "--out, keeping file names and the paths inside walked directories. Inputs are never "
            + "overwritten. The log (CSV: source,start,end,type,operator,exemption,score,recognizer) never "
            + "holds the original values.",
        "",
        "PDFs are truly redacted: the withheld glyphs are removed from the page (not covered), a box with the "
            + "exemption code is drawn in their place, and the copy is sanitised. Their log offsets are into the "
            + "extracted text, as shield scan reports them. Links whose URI holds a withheld value are removed. "
            + "--withhold-pages replaces whole pages by a placeholder (logged as PAGE rows whose start and end "
            + "are the page number). Encrypted PDFs need --password-file; their copies are not encrypted.",
        "",
        "Word documents (.docx) are truly redacted: the withheld characters are replaced by the exemption code in "
            + "brackets in the runs that held them (body, tables, headers, footers, notes, text boxes, link "
            + "targets); tracked changes are accepted, comments, hidden text, custom XML and document properties "
            + "removed. Macro-enabled .docm files are refused. With --office-to-pdf, Office documents are "
            + "converted to PDF by LibreOffice and the PDF is redacted instead (memo.docx -> memo.docx.pdf).",
        "",
        "Images (PNG, JPEG, TIFF) are read by OCR and the withheld words burned out of the pixels with an opaque "
            + "box; faces are boxed too unless the policy keeps FACE. The copy is a fresh file without metadata "
            + "(no EXIF/GPS, XMP, IPTC or comments).",
        "",
        "Policies: default ([TYPE] labels), foia (exemption codes such as (b)(6) in the box), mask (***), "
            + "pseudonym (PERSON_1, ... stable across the run), remove (deleted), or a JSON policy file. "
            + "A policy using the hash operator needs SHIELD_HASH_KEY (base64, 16+ bytes)."},
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n", parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
        "  shield redact --policy foia --out release/ examples/",
        "  shield redact --policy pseudonym --log case-17.csv --out case-17/ \\",
        "      memo.txt notes.html",
        "  shield redact --policy my-policy.json --min-score 0.6 --out out/ records/",
        "  shield redact --policy foia --withhold-pages memo.pdf:3,5-7 \\",
        "      --withhold-pages scan.pdf:1@(b)(7)(C) --password-file pw.txt --out out/ in/",
        "",
        "Exit codes: 0 done; 2 usage error (also: unknown policy, output would",
        "overwrite an input); 3 some input, the policy file or an output could not",
        "be read or written (named on stderr; the rest was redacted)."})
final class RedactCommand implements Callable<Integer> {

  static final String DEFAULT_LOG_NAME = "redaction-log.csv";
  /** Media types whose redacted copy is the redacted text itself (other formats go to their redactor). */
  private static final Set<String> REDACTABLE = Set.of("text/plain", "text/html");

  @ParentCommand
  ShieldCommand root;

  @Spec
  CommandSpec spec;

  @Option(names = "--policy", paramLabel = "NAME|FILE", defaultValue = "default",
      description = "default, foia, mask, pseudonym, remove, or a JSON policy file (default: ${DEFAULT-VALUE}).")
  String policyName;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "redacted",
      description = "Directory for the redacted copies (default: ${DEFAULT-VALUE}, in the current directory).")
  Path outDir;

  @Option(names = "--log", paramLabel = "FILE", description = "Redaction log, CSV (default: DIR/" + DEFAULT_LOG_NAME + ").")
  Path logFile;

  @Option(names = "--no-verify",
      description = "Do not verify redacted copies (by default each PDF, image, Office or e-mail copy is re-read "
          + "independently, as 'shield verify' does, and a copy with residue is deleted and named).")
  boolean noVerify;

  @Mixin
  EngineOptions engineOptions;

  @Mixin
  ReadOptions readOptions;

  @Mixin
  WithheldPagesOption withheldPages;

  @Mixin
  PasswordOption passwordOption;

  @Mixin
  OfficeToPdfOption officeToPdf;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to redact.")
  List<String> paths;

  private Redactors redactors;
  private PiiEngine engine;
  private Language lang;
  /** The face label when the policy withholds faces (its rule for FACE is not keep), else null. */
  private String faceLabel;
  /** Faces withheld in the copy just written (0 for formats without faces). */
  private int facesInLastCopy;

  @Override
  public Integer call() throws IOException {
    if (paths.contains(InputFile.STDIN)) {
      throw new ParameterException(spec.commandLine(), "redact writes files and cannot read standard input; "
          + "save it to a file first (or use 'shield scan -')");
    }
    Policy policy;
    try {
      policy = PolicyOption.load(policyName, root.context().env(), spec);
      PolicyRule faces = policy.rule(EntityType.FACE);
      faceLabel = faces.operator() instanceof KeepSpec ? null : WithheldSpans.label(faces.exemption(), EntityType.FACE.id());
    } catch (PolicyOption.PolicyFileException e) {
      spec.commandLine().getErr().println("shield: " + e.getMessage());
      return ExitCode.INPUT;
    }
    try {
      redactors = officeToPdf.redactors();
    } catch (OfficeToPdfOption.MissingLibreOffice e) {
      spec.commandLine().getErr().println("shield: " + e.getMessage());
      return ExitCode.INPUT;
    }
    engine = engineOptions.engine(spec, policy);
    lang = engineOptions.language(spec);
    Path log = logFile != null ? logFile : outDir.resolve(DEFAULT_LOG_NAME);
    PrintWriter out = spec.commandLine().getOut();
    try (Progress progress = new Progress(spec.commandLine().getErr(), root.context().interactive())) {
      ErrorReport errors = new ErrorReport(progress);
      List<InputFile> inputs = new InputWalker(realPaths(outDir, log), errors).walk(paths);
      refuseOverwritingInputs(inputs, log);
      withheldPages.requireNamedFilesAmong(inputs, spec);
      DocumentReader reader = new DocumentReader(Extractors.discover(), readOptions.maxBytes, root.context().stdin(),
          passwordOption.password(root.context().env(), spec));
      PseudonymTable pseudonyms = new PseudonymTable();
      Map<Path, String> written = new HashMap<>();
      int files = 0;
      int spans = 0;
      AtomicOutput logOut;
      try {
        logOut = AtomicOutput.create(log);
      } catch (IOException e) {
        errors.input(log.toString(), "cannot write the log: " + DocumentReader.reason(e));
        return errors.exitCode();
      }
      try (logOut) {
        RedactionLog redactionLog = new RedactionLog(logOut.writer());
        for (int i = 0; i < inputs.size(); i++) {
          InputFile f = inputs.get(i);
          progress.status("redacting " + (i + 1) + "/" + inputs.size() + " " + f.source());
          Optional<DocumentRedactor> redactor = redactors.forFile(f.fileName());
          Path target = targetOf(f);
          String earlier = written.putIfAbsent(target.toAbsolutePath().normalize(), f.source());
          if (earlier != null) {
            errors.input(f.source(), "skipped: its copy " + target + " would replace the copy of " + earlier);
            continue;
          }
          facesInLastCopy = 0;
          List<AppliedRedaction> applied = redactor.isPresent()
              ? redactDocument(f, redactor.get(), target, reader, pseudonyms, errors)
              : redactText(f, target, reader, pseudonyms, errors);
          if (applied == null) {
            continue;
          }
          redactionLog.append(f.source(), applied);
          files++;
          spans += applied.size();
          out.println(f.source() + " -> " + target + " (" + plural(applied.size(), "span") + faces() + ")");
        }
        logOut.commit();
      }
      out.println("Redacted " + plural(spans, "span") + " in " + plural(files, "file") + " with policy '"
          + policy.name() + "'; copies in " + outDir + ", log in " + log);
      out.flush();
      return errors.exitCode();
    }
  }

  /**
   * Redacts a text or HTML file into {@code target}; returns the spans acted on (offsets into the file as read),
   * or null after reporting why the file was skipped.
   */
  private List<AppliedRedaction> redactText(InputFile f, Path target, DocumentReader reader,
      PseudonymTable pseudonyms, ErrorReport errors) {
    ExtractedText doc;
    try {
      doc = reader.read(f);
    } catch (InputException e) {
      errors.input(f.source(), e.getMessage());
      return null;
    }
    if (!REDACTABLE.contains(doc.mediaType())) {
      // no redactor writes this format (MSG, XLSX without --office-to-pdf, GIF, ...): a text copy would not do
      errors.input(f.source(), "skipped: redacting " + doc.mediaType() + " files is not supported yet "
          + "(shield scan reads them; --office-to-pdf redacts Office files as PDF)");
      return null;
    }
    boolean html = "text/html".equals(doc.mediaType());
    RedactionResult result;
    String redacted;
    HtmlRedaction.Pieces pieces = null;
    try {
      List<Detection> detected = engine.detect(doc.text(), lang);
      if (html) {
        pieces = HtmlRedaction.pieces(detected, doc);
      }
      result = engine.redact(doc.original(), html ? pieces.detections() : OriginalOffsets.map(detected, doc),
          pseudonyms);
      redacted = html ? HtmlRedaction.escaped(doc.original(), result) : result.text();
    } catch (RuntimeException e) {
      errors.internal(f.source(), e);
      return null;
    }
    try {
      AtomicOutput.write(target, redacted);
    } catch (IOException e) {
      errors.input(target.toString(), "cannot write: " + DocumentReader.reason(e));
      return null;
    }
    // HTML copies are re-read with jsoup (HtmlVerifier): attribute values, comments and scripts included
    if (html && !noVerify
        && !CopyVerification.passed(f, target, new HtmlVerifier(), HtmlRedaction.withheld(result, pieces), errors)) {
      return null;
    }
    return result.applied();
  }

  /**
   * Truly redacts a file a format's {@code redactor} takes into {@code target}: the spans the policy does not keep
   * are taken out of the file itself (for a PDF: glyphs removed, a box with the exemption code drawn in their
   * place). Returns the spans acted on, with offsets into the redactor's text, or null after reporting why the
   * file was skipped.
   */
  private List<AppliedRedaction> redactDocument(InputFile f, DocumentRedactor redactor, Path target,
      DocumentReader reader, PseudonymTable pseudonyms, ErrorReport errors) {
    RedactableDocument doc;
    try {
      doc = reader.open(f, redactor);
      if (faceLabel != null && doc instanceof FaceWithholding faces) {
        faces.withholdFaces(faceLabel);
      }
    } catch (InputException e) {
      errors.input(f.source(), e.getMessage());
      return null;
    }
    List<AppliedRedaction> applied;
    try {
      String text = doc.text();
      applied = engine.redact(text, engine.detect(text, lang), pseudonyms).applied();
    } catch (RuntimeException e) {
      errors.internal(f.source(), e);
      return null;
    }
    Map<Integer, String> pages = withheldPages.pagesFor(f, spec);
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      // writes a temporary file next to target and moves it into place: nothing half-written on failure
      doc.writeRedacted(new RedactionPlan(WithheldSpans.of(applied), pages), target);
      facesInLastCopy = doc instanceof FaceWithholding faces ? faces.facesWithheld() : 0;
    } catch (IOException e) {
      errors.input(f.source(), "cannot write the redacted copy " + target + ": " + DocumentReader.reason(e));
      return null;
    } catch (ExtractionException e) {
      errors.input(f.source(), "cannot write the redacted copy " + target + ": " + e.getMessage());
      return null;
    } catch (RuntimeException e) {
      errors.internal(f.source(), e);
      return null;
    }
    if (!noVerify && !CopyVerification.passed(f, target, redactors, doc.text(), applied, pages, errors)) {
      return null;
    }
    List<AppliedRedaction> logged = new ArrayList<>(applied);
    logged.addAll(WithheldPagesOption.logRows(pages));
    return logged;
  }

  /** Exits with a usage error before anything is written if a copy or the log would replace an input. */
  private void refuseOverwritingInputs(List<InputFile> inputs, Path log) {
    Path out = outDir.toAbsolutePath().normalize();
    for (String arg : paths) {
      Path p = Path.of(arg);
      if (Files.isDirectory(p) && isSame(p, out)) {
        throw new ParameterException(spec.commandLine(), "--out " + outDir + " is the input directory " + arg
            + "; refusing to overwrite inputs. Choose another --out.");
      }
    }
    Set<Path> inputPaths = new HashSet<>();
    for (InputFile f : inputs) {
      inputPaths.add(f.path().toAbsolutePath().normalize());
    }
    for (InputFile f : inputs) {
      Path target = targetOf(f);
      if (inputPaths.contains(target.toAbsolutePath().normalize()) || isSame(target, f.path())) {
        throw new ParameterException(spec.commandLine(), "the redacted copy of " + f.source() + " would be "
            + target + ", which is an input; refusing to overwrite inputs. Choose another --out.");
      }
      if (isSame(log, f.path())) {
        throw new ParameterException(spec.commandLine(), "--log " + log + " is the input " + f.source()
            + "; refusing to overwrite inputs.");
      }
    }
  }

  /** Where the redacted copy of {@code f} goes: its path under --out, with the name its redactor gives. */
  private Path targetOf(InputFile f) {
    Path target = outDir.resolve(f.relative());
    Optional<DocumentRedactor> redactor = redactors.forFile(f.fileName());
    return redactor.isEmpty() ? target : target.resolveSibling(redactor.get().outputName(f.fileName()));
  }

  private static boolean isSame(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static Set<Path> realPaths(Path... paths) {
    Set<Path> out = new HashSet<>();
    for (Path p : paths) {
      try {
        out.add(p.toRealPath());
      } catch (IOException e) {
        // does not exist yet, so there is nothing of it to skip
      }
    }
    return out;
  }

  /** {@code ", 2 faces"} when faces were withheld in the copy just written, else empty. */
  private String faces() {
    return facesInLastCopy == 0 ? "" : ", " + plural(facesInLastCopy, "face");
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
