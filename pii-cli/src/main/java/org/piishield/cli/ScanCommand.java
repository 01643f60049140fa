package org.piishield.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.piishield.detect.Language;
import org.piishield.engine.PiiEngine;
import org.piishield.extract.Extractors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shield scan}: prints the personal information found in files, directories or stdin. Each file is
 * read through the {@link Extractors} on the class path, scanned by the engine, and its findings printed
 * with offsets into the file as read (for HTML: into the markup). Unreadable or malformed files are named
 * on stderr and skipped; the exit code is then 3.
 */
@Command(name = "scan", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    headerHeading = "%n", header = "Find personal information in files, directories or standard input.",
    description = {
        "Prints what was found (type, offsets, score, recognizer) per document. Offsets are UTF-16 positions "
            + "in the file as read, end exclusive; for HTML they point into the markup. Directories are "
            + "walked in sorted order, hidden files skipped. The matched text is not printed unless you "
            + "ask with --show-text, so reports can be shared."},
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n", parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
        "  shield scan --format text examples/",
        "  shield scan --lang es --entities PHONE_NUMBER,EMAIL --format jsonl flyer.txt",
        "  cat notes.txt | shield scan --min-score 0.6 -",
        "",
        "Exit codes: 0 done, 2 usage error, 3 some input could not be read or the",
        "--external-model service failed on it (it is named on stderr; the rest was",
        "scanned)."})
final class ScanCommand implements Callable<Integer> {

  @ParentCommand
  ShieldCommand root;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (default: one array of documents), jsonl (one line per document) or text (a table).")
  OutputFormat format;

  @Mixin
  EngineOptions engineOptions;

  @Option(names = "--show-text", description = "Also print the matched text (off by default).")
  boolean showText;

  @Mixin
  ReadOptions readOptions;

  @Mixin
  PasswordOption passwordOption;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to scan; - reads standard input.")
  List<String> paths;

  @Override
  public Integer call() {
    PiiEngine engine = engineOptions.engine(spec, null);
    Language lang = engineOptions.language(spec);
    PrintWriter out = spec.commandLine().getOut();
    try (Progress progress = new Progress(spec.commandLine().getErr(), root.context().interactive())) {
      ErrorReport errors = new ErrorReport(progress);
      List<InputFile> inputs = new InputWalker(Set.of(), errors).walk(paths);
      DocumentReader reader = new DocumentReader(Extractors.discover(), readOptions.maxBytes, root.context().stdin(),
          passwordOption.password(root.context().env(), spec));
      FindingsPrinter printer = FindingsPrinter.of(format, out, showText);
      printer.begin();
      int[] counts = new int[2]; // documents, findings
      DocumentLoop.run("scanning", inputs, reader, progress, errors,
          (f, doc) -> OriginalOffsets.map(engine.detect(doc.text(), lang), doc),
          (f, doc, found) -> {
            printer.document(f.source(), doc.original(), found);
            counts[0]++;
            counts[1] += found.size();
          });
      printer.end(counts[0], counts[1], errors.inputErrors());
      return errors.exitCode();
    }
  }
}
