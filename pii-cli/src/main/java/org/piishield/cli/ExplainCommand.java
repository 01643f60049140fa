package org.piishield.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.piishield.detect.Detection;
import org.piishield.detect.Language;
import org.piishield.engine.PiiEngine;
import org.piishield.extract.ExtractedText;
import org.piishield.extract.Extractors;
import org.piishield.recognizers.external.ExternalModelException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shield explain}: shows every candidate the recognizers proposed for a short text, with the
 * pattern, validator, context word and score before and after context, and says which were kept after
 * the threshold and overlap resolution and why the others were dropped. The matched text is shown: the
 * user supplied it.
 */
@Command(name = "explain", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    headerHeading = "%n", header = "Show why each span was (or was not) reported.",
    description = {
        "Lists every candidate the recognizers proposed, at any score, with the pattern and validator that "
            + "produced it, the context word that moved its score, and the score before and after context; "
            + "then whether it was kept, or dropped (below the threshold, or overlapping a better span). "
            + "Give the text with --text, as a file, or on standard input (-)."},
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n", parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
        "  shield explain --text \"Officer Ana Ruiz, cell 555-0142, ana@example.org\"",
        "  shield explain --lang es --text \"El agente vive en Calle Mayor 12, Madrid\"",
        "  shield explain examples/flyer-es.txt"})
final class ExplainCommand implements Callable<Integer> {

  @ParentCommand
  ShieldCommand root;

  @Spec
  CommandSpec spec;

  @Option(names = "--text", paramLabel = "TEXT", description = "The text to explain.")
  String text;

  @Mixin
  EngineOptions engineOptions;

  @Mixin
  ReadOptions readOptions;

  @Parameters(arity = "0..1", paramLabel = "PATH", description = "A file to explain instead, or - for standard input.")
  String path;

  @Override
  public Integer call() {
    if ((text == null) == (path == null)) {
      throw new ParameterException(spec.commandLine(), "give either --text TEXT or one PATH (or - for stdin)");
    }
    PiiEngine engine = engineOptions.engine(spec, null);
    PiiEngine everything = engineOptions.engine(spec, null, 0);
    Language fixed = engineOptions.language(spec);
    PrintWriter out = spec.commandLine().getOut();

    ExtractedText doc;
    String source;
    if (text != null) {
      doc = ExtractedText.plain(text, "text/plain");
      source = "--text";
    } else {
      InputFile f = path.equals(InputFile.STDIN) ? InputFile.stdin() : new InputFile(java.nio.file.Path.of(path), path,
          java.nio.file.Path.of(path).getFileName());
      try {
        doc = new DocumentReader(Extractors.discover(), readOptions.maxBytes, root.context().stdin()).read(f);
      } catch (InputException e) {
        spec.commandLine().getErr().println("shield: " + path + ": " + e.getMessage());
        return ExitCode.INPUT;
      }
      source = path;
    }

    Language lang = fixed != null ? fixed : engine.languageOf(doc.text());
    List<Detection> candidates;
    List<Detection> kept;
    try {
      candidates = new java.util.ArrayList<>(everything.candidates(doc.text(), lang));
      kept = engine.detect(doc.text(), lang);
    } catch (ExternalModelException e) {
      spec.commandLine().getErr().println("shield: " + source + ": " + e.getMessage());
      return ExitCode.INPUT;
    }
    candidates.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));

    out.printf(Locale.ROOT, "source: %s (%d chars), language: %s%s, threshold: %s%n", source, doc.text().length(),
        lang.code(), fixed != null ? "" : " (guessed)", Scores.format(engine.scoreThreshold()));
    out.printf(Locale.ROOT, "recognizers: %d, candidates: %d, kept: %d%n", engine.recognizers().size(),
        candidates.size(), kept.size());
    for (Detection c : candidates) {
      int start = doc.offsets().toOriginal(c.start());
      int end = doc.offsets().toOriginalEnd(c.end());
      out.println();
      out.printf(Locale.ROOT, "%-5s [%d, %d) %s %s %s%n", isKept(c, kept) ? "KEPT" : "drop", start, end, c.type().id(),
          Scores.format(c.score()), TextFindingsPrinter.shown(doc.text(), c.start(), c.end()));
      out.println("      " + (c.explanation() != null ? c.explanation().describe() : c.recognizer()));
      if (!isKept(c, kept)) {
        out.println("      " + whyDropped(c, kept, engine.scoreThreshold(), doc));
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static boolean isKept(Detection c, List<Detection> kept) {
    for (Detection k : kept) {
      if (k.start() == c.start() && k.end() == c.end() && k.type().equals(c.type())
          && k.recognizer().equals(c.recognizer())) {
        return true;
      }
    }
    return false;
  }

  private static String whyDropped(Detection c, List<Detection> kept, double threshold, ExtractedText doc) {
    if (c.score() < threshold) {
      return "dropped: score " + Scores.format(c.score()) + " is below the threshold " + Scores.format(threshold);
    }
    for (Detection k : kept) {
      if (k.overlaps(c)) {
        return "dropped: overlaps the kept " + k.type().id() + " [" + doc.offsets().toOriginal(k.start()) + ", "
            + doc.offsets().toOriginalEnd(k.end()) + ") from "
            + k.recognizer() + " (score " + Scores.format(k.score()) + ")";
      }
    }
    return "dropped: lost overlap resolution";
  }
}
