package org.piishield.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The document extractors on the class path, chosen per file by extension and priority. Files with no
 * known extension are read as plain text when they are text (the extractor refuses binary content).
 * Immutable and thread-safe.
 */
public final class Extractors {

  private final List<DocumentExtractor> extractors;
  private final DocumentExtractor fallback = new PlainTextExtractor();

  private Extractors(List<DocumentExtractor> extractors) {
    List<DocumentExtractor> sorted = new ArrayList<>(extractors);
    sorted.sort(Comparator.comparingInt(DocumentExtractor::priority).reversed());
    this.extractors = List.copyOf(sorted);
  }

  public static Extractors discover() {
    List<DocumentExtractor> found = new ArrayList<>();
    ServiceLoader.load(DocumentExtractor.class, Extractors.class.getClassLoader()).forEach(found::add);
    return new Extractors(found);
  }

  public List<DocumentExtractor> all() {
    return extractors;
  }

  /** The extractor for {@code fileName}, if any accepts it by extension. */
  public Optional<DocumentExtractor> find(String fileName) {
    for (DocumentExtractor e : extractors) {
      if (e.accepts(fileName)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** {@link #find} or, failing that, the plain-text extractor (which refuses binary content). */
  public DocumentExtractor forFile(String fileName) {
    return find(fileName).orElse(fallback);
  }
}
