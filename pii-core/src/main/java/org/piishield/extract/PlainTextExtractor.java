package org.piishield.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/** Plain text, Markdown, CSV, TSV, JSON, logs: the decoded text as it is. */
public final class PlainTextExtractor implements DocumentExtractor {

  public static final String NAME = "text";
  private static final Set<String> EXTENSIONS =
      Set.of("txt", "text", "md", "markdown", "csv", "tsv", "json", "jsonl", "ndjson", "log", "xml", "yaml", "yml");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean accepts(String fileName) {
    return EXTENSIONS.contains(extension(fileName));
  }

  @Override
  public ExtractedText extract(InputStream in, String fileName, long maxBytes) throws IOException, ExtractionException {
    return ExtractedText.plain(TextDecoding.decode(TextDecoding.readBounded(in, fileName, maxBytes)), "text/plain");
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return dot > slash ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
