package org.piishield.cli;

import java.util.List;
import org.piishield.extract.ExtractedText;

/**
 * The document loop of {@code scan} and {@code watch}: each input in turn, with a progress line; an input that
 * cannot be read is named on stderr and skipped; a failure while analysing one document is reported as an
 * internal error for that file only; the rest of the batch still runs.
 *
 * <p>Example: {@code DocumentLoop.run("scanning", inputs, reader, progress, errors, (f, doc) -> detect(doc),
 * (f, doc, found) -> print(f, found))}.
 */
final class DocumentLoop {

  /** Analyses one document; a {@link RuntimeException} is reported for that file and the loop goes on. */
  @FunctionalInterface
  interface Step<T> {
    T analyse(InputFile file, ExtractedText doc);
  }

  /** Receives each analysed document, in input order; its exceptions end the loop. */
  @FunctionalInterface
  interface Sink<T> {
    void accept(InputFile file, ExtractedText doc, T result);
  }

  private DocumentLoop() {}

  static <T> void run(String verb, List<InputFile> inputs, DocumentReader reader, Progress progress,
      ErrorReport errors, Step<T> step, Sink<T> sink) {
    for (int i = 0; i < inputs.size(); i++) {
      InputFile f = inputs.get(i);
      progress.status(verb + " " + (i + 1) + "/" + inputs.size() + " " + f.source());
      ExtractedText doc;
      try {
        doc = reader.read(f);
      } catch (InputException e) {
        errors.input(f.source(), e.getMessage());
        continue;
      }
      T result;
      try {
        result = step.analyse(f, doc);
      } catch (RuntimeException e) {
        errors.internal(f.source(), e);
        continue;
      }
      sink.accept(f, doc, result);
    }
  }
}
