package org.piishield.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.piishield.detect.EntityType;
import org.piishield.redact.AppliedRedaction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --withhold-pages [FILE:]PAGES[@LABEL]}, repeatable: pages to withhold in full, each replaced in the copy by
 * a placeholder page reading {@code Page withheld in full under LABEL}.
 *
 * <ul>
 *   <li>{@code PAGES}: 1-based page numbers and ranges, e.g. {@code 3,5-7};
 *   <li>{@code FILE}: an input's file name or the tail of its path ({@code memo.pdf}, {@code case-17/memo.pdf});
 *       without it the pages are withheld in every paged input (PDF);
 *   <li>{@code LABEL}: the exemption code printed on the placeholder, default {@value #DEFAULT_LABEL}.
 * </ul>
 *
 * <p>Example: {@code --withhold-pages memo.pdf:3,5-7 --withhold-pages 1@(b)(7)(C)} withholds pages 3, 5, 6 and 7 of
 * memo.pdf under (b)(6) and the first page of every PDF under (b)(7)(C) (a later spec wins for the same page).
 * Each withheld page is logged as a row of type {@code PAGE} whose start and end are the page number:
 * {@code in/memo.pdf,3,3,PAGE,withhold,(b)(6),1.00,withhold-pages}.
 */
final class WithheldPagesOption {
  static final String DEFAULT_LABEL = "(b)(6)";
  static final String OPERATOR = "withhold";
  static final String RECOGNIZER = "withhold-pages";
  private static final Pattern SPEC = Pattern.compile("(?:(.+):)?([0-9][0-9,\\- ]*)(?:@(.+))?");
  private static final Pattern RANGE = Pattern.compile(" *([0-9]{1,6}) *(?:- *([0-9]{1,6}) *)?");

  @Option(names = "--withhold-pages", paramLabel = "[FILE:]PAGES[@CODE]",
      description = "Withhold whole pages: each becomes a placeholder of the same size reading 'Page withheld in "
          + "full under CODE' (default " + DEFAULT_LABEL + "), logged as a PAGE row. PAGES: 1-based, e.g. 3,5-7. "
          + "FILE: an input's name or path tail; without it, every PDF. Repeatable, e.g. "
          + "--withhold-pages memo.pdf:3,5-7 --withhold-pages scan.pdf:1@(b)(7)(C)")
  List<String> specs = new ArrayList<>();

  /** One parsed spec: the file it names (null for every file), 0-based pages and the label. */
  record Rule(String file, List<Integer> pages, String label) {}

  private List<Rule> rules;

  /** Parses every spec; a malformed one is a usage error naming it. */
  List<Rule> rules(CommandSpec spec) {
    if (rules != null) {
      return rules;
    }
    List<Rule> out = new ArrayList<>();
    for (String s : specs) {
      Matcher m = SPEC.matcher(s);
      if (!m.matches()) {
        throw usage(spec, s, "expected [FILE:]PAGES[@CODE], e.g. memo.pdf:3,5-7");
      }
      List<Integer> pages = new ArrayList<>();
      for (String part : m.group(2).split(",")) {
        Matcher r = RANGE.matcher(part);
        if (!r.matches()) {
          throw usage(spec, s, "'" + part.strip() + "' is not a page or a range like 5-7");
        }
        int from = Integer.parseInt(r.group(1));
        int to = r.group(2) == null ? from : Integer.parseInt(r.group(2));
        if (from < 1 || to < from) {
          throw usage(spec, s, "pages count from 1 and a range goes upwards");
        }
        for (int p = from; p <= to; p++) {
          pages.add(p - 1);
        }
      }
      String label = m.group(3) == null ? DEFAULT_LABEL : m.group(3).strip();
      out.add(new Rule(m.group(1), pages, label));
    }
    rules = out;
    return out;
  }

  /** Fails (usage error, before anything is written) when a spec names a file that is not among the inputs. */
  void requireNamedFilesAmong(List<InputFile> inputs, CommandSpec spec) {
    for (Rule r : rules(spec)) {
      if (r.file() != null && inputs.stream().noneMatch(f -> names(f, r.file()))) {
        throw new ParameterException(spec.commandLine(), "--withhold-pages names " + r.file()
            + ", which is not among the inputs");
      }
    }
  }

  /** The pages to withhold in {@code f}: 0-based index to label; none unless {@code f} is a PDF. */
  Map<Integer, String> pagesFor(InputFile f, CommandSpec spec) {
    Map<Integer, String> out = new TreeMap<>();
    if (!f.fileName().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      return out;
    }
    for (Rule r : rules(spec)) {
      if (r.file() == null || names(f, r.file())) {
        for (int p : r.pages()) {
          out.put(p, r.label());
        }
      }
    }
    return out;
  }

  /** The log rows of {@code pages}: type PAGE, start and end the 1-based page number. */
  static List<AppliedRedaction> logRows(Map<Integer, String> pages) {
    List<AppliedRedaction> out = new ArrayList<>(pages.size());
    for (Map.Entry<Integer, String> e : pages.entrySet()) {
      int page = e.getKey() + 1;
      out.add(new AppliedRedaction(page, page, EntityType.of("PAGE"), OPERATOR, e.getValue(), 1.0, RECOGNIZER,
          -1, -1));
    }
    return out;
  }

  private static boolean names(InputFile f, String file) {
    Path tail = Path.of(file).normalize();
    Path path = Path.of(f.source()).normalize();
    return path.endsWith(tail) || f.path().normalize().endsWith(tail);
  }

  private static ParameterException usage(CommandSpec spec, String s, String why) {
    return new ParameterException(spec.commandLine(), "--withhold-pages " + s + ": " + why);
  }
}
