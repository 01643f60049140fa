package org.piishield.formats.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Renders chosen pages of a PDF with poppler's {@code pdftoppm} (MediaBox, page rotation applied) in one process
 * per run of consecutive pages, into a private temporary folder deleted afterwards.
 *
 * <p>Example: {@code PageRenders.render(pdf, List.of(0, 1, 2, 7), 72, true)} runs {@code pdftoppm -r 72 -f 1 -l 3} and
 * {@code -f 8 -l 8}, and returns the rasters of page indices 0, 1, 2 and 7.
 */
final class PageRenders {

  private PageRenders() {}

  /** {@code antialias} false renders with {@code -aa no -aaVector no}: crisp edges, faster. */
  static Map<Integer, PageRaster> render(Path pdf, Collection<Integer> pageIndices, int dpi, boolean antialias)
      throws IOException {
    TreeSet<Integer> pages = new TreeSet<>(pageIndices);
    Map<Integer, PageRaster> out = new HashMap<>();
    if (pages.isEmpty()) {
      return out;
    }
    Path dir = Files.createTempDirectory("pii-shield-verify-");
    try {
      List<int[]> runs = new ArrayList<>();
      for (int p : pages) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == p - 1) {
          runs.get(runs.size() - 1)[1] = p;
        } else {
          runs.add(new int[] {p, p});
        }
      }
      for (int[] run : runs) {
        List<String> cmd = new ArrayList<>(List.of("pdftoppm", "-q", "-r", Integer.toString(dpi), "-f",
            Integer.toString(run[0] + 1), "-l", Integer.toString(run[1] + 1)));
        if (!antialias) {
          cmd.addAll(List.of("-aa", "no", "-aaVector", "no"));
        }
        cmd.addAll(List.of(pdf.toString(), dir.resolve("p").toString()));
        ToolProcess.run(cmd);
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          String name = f.getFileName().toString();
          if (name.startsWith("p-") && name.endsWith(".ppm")) {
            int page = Integer.parseInt(name.substring(2, name.length() - 4)) - 1;
            if (pages.contains(page)) {
              out.put(page, PageRaster.readPpm(f));
            }
          }
        }
      }
      return out;
    } finally {
      deleteTree(dir);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
