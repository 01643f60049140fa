package org.piishield.benchmarks.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a BRAT standoff corpus (MEDDOCAN): for every {@code NAME.ann} in a directory, the text
 * {@code NAME.txt} (UTF-8, read as is, a leading byte-order mark included since the offsets count it) and
 * its text-bound annotations.
 *
 * <p>Only {@code T} lines are read: {@code T<n> TAB <LABEL> <start> <end>[;<start> <end>…] TAB <surface>}.
 * Offsets are code-point offsets, end exclusive, converted to UTF-16. A discontinuous entity
 * ({@code CALLE 10 20;25 30}) becomes one {@link GoldSpan} with two fragments. Relations, events,
 * attributes, notes and comments ({@code R E A M N #} lines) are ignored. The surface text must equal the
 * fragments' text joined by single spaces; otherwise the reader fails naming the file and line (never the
 * text).
 *
 * <p>Documents come sorted by file name; the id is the base name.
 */
final class BratReader {

  private BratReader() {}

  static List<GoldDocument> read(Path dir) throws IOException {
    List<Path> anns;
    try (Stream<Path> files = Files.list(dir)) {
      anns = files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    }
    if (anns.isEmpty()) {
      throw new IOException("no .ann files in " + dir);
    }
    List<GoldDocument> docs = new ArrayList<>(anns.size());
    for (Path ann : anns) {
      String base = ann.getFileName().toString();
      base = base.substring(0, base.length() - ".ann".length());
      Path txt = ann.resolveSibling(base + ".txt");
      docs.add(parse(base, Files.readString(txt, StandardCharsets.UTF_8),
          Files.readString(ann, StandardCharsets.UTF_8)));
    }
    return docs;
  }

  /** Parses one document: {@code id} for messages, its {@code text} and its {@code .ann} content. */
  static GoldDocument parse(String id, String text, String ann) {
    CodePointOffsets offsets = new CodePointOffsets(text);
    List<GoldSpan> spans = new ArrayList<>();
    String[] lines = ann.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isEmpty() || line.charAt(0) != 'T') {
        continue;
      }
      spans.add(textBound(line, offsets, id + ".ann line " + (n + 1)));
    }
    return new GoldDocument(id, text, spans);
  }

  private static GoldSpan textBound(String line, CodePointOffsets offsets, String where) {
    int tab1 = line.indexOf('\t');
    int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
    if (tab1 < 0 || tab2 < 0) {
      throw new IllegalArgumentException(where + ": expected 'T<n> TAB <type> <start> <end> TAB <text>'");
    }
    String middle = line.substring(tab1 + 1, tab2);
    int space = middle.indexOf(' ');
    if (space <= 0) {
      throw new IllegalArgumentException(where + ": missing offsets");
    }
    String label = middle.substring(0, space);
    List<TextRange> fragments = new ArrayList<>(1);
    for (String part : middle.substring(space + 1).split(";", -1)) {
      String[] se = part.trim().split(" ", -1);
      if (se.length != 2) {
        throw new IllegalArgumentException(where + ": bad offsets, expected '<start> <end>[;<start> <end>...]'");
      }
      int start;
      int end;
      try {
        start = offsets.toUtf16(Integer.parseInt(se[0]));
        end = offsets.toUtf16(Integer.parseInt(se[1]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": offsets are not integers", e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      if (end <= start) {
        throw new IllegalArgumentException(where + ": empty or reversed fragment");
      }
      fragments.add(new TextRange(start, end));
    }
    fragments.sort((a, b) -> Integer.compare(a.start(), b.start()));
    GoldSpan span;
    try {
      span = new GoldSpan(label, fragments);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": overlapping fragments", e);
    }
    if (!surfaceMatches(offsets.text(), span, line, tab2 + 1)) {
      throw new IllegalArgumentException(where + ": the annotated text does not match the .txt at its offsets");
    }
    return span;
  }

  /** Compares the fragments' text, joined by single spaces, with {@code line} from {@code from} on, in place. */
  private static boolean surfaceMatches(String text, GoldSpan span, String line, int from) {
    int p = from;
    List<TextRange> fragments = span.fragments();
    for (int f = 0; f < fragments.size(); f++) {
      if (f > 0) {
        if (p >= line.length() || line.charAt(p) != ' ') {
          return false;
        }
        p++;
      }
      TextRange r = fragments.get(f);
      int len = r.end() - r.start();
      if (!line.regionMatches(p, text, r.start(), len)) {
        return false;
      }
      p += len;
    }
    return p == line.length();
  }
}
