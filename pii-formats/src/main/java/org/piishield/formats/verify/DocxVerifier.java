package org.piishield.formats.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.DocumentVerifier;

/**
 * Verifies one redacted Word package against the values its redaction withheld, without using any of the
 * redaction code (its own zip reading, StAX instead of DOM):
 *
 * <ol>
 *   <li>{@code xml-text}: the character data of every XML part (document, headers, footers, notes, comments if
 *       any, relationships, properties, settings, styles, charts…), joined without separators so that a value
 *       split over runs is found, searched folded and by digits ({@link SearchText});
 *   <li>{@code xml-attributes}: every attribute value of every XML part, each apart (link targets, field
 *       instructions, alternative text), searched folded;
 *   <li>{@code binary-parts}: the bytes of every other part (pictures, embedded objects) as Latin-1 and UTF-16LE
 *       text, searched folded for values of at least {@link #MIN_BINARY_CHARS} folded characters (shorter ones hit
 *       by chance in compressed data); compressed content inside them is not opened (an embedded object fails
 *       the {@code extras} check instead), and a note says how many such parts there were;
 *   <li>the structure checks of {@link DocxStructureCheck}.
 * </ol>
 *
 * A residue names the log row and type, e.g. {@code withheld value of row 2 (PERSON) still extractable (in
 * word/footer1.xml)}, never the value. Thread-safe (stateless); reads the output, writes nothing.
 */
public final class DocxVerifier implements DocumentVerifier {

  public static final String NAME = "docx";
  static final int MIN_BINARY_CHARS = 6;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".docx") || n.endsWith(".docm");
  }

  @Override
  public VerificationReport verify(Path output, List<WithheldValue> withheld) throws IOException, ExtractionException {
    Map<String, byte[]> parts = ZipParts.read(output);
    List<SearchText> values = new ArrayList<>(withheld.size());
    List<SearchText> longValues = new ArrayList<>(withheld.size());
    for (WithheldValue w : withheld) {
      SearchText v = SearchText.of(w.value());
      values.add(v);
      longValues.add(v.folded().length() >= MIN_BINARY_CHARS ? v : new SearchText("", ""));
    }
    ValueMatcher all = ValueMatcher.of(values);
    ValueMatcher binary = ValueMatcher.of(longValues);
    Map<String, XmlPartText> xml = new LinkedHashMap<>();
    List<String> textResidues = new ArrayList<>();
    List<String> attrResidues = new ArrayList<>();
    List<String> binaryResidues = new ArrayList<>();
    int binaryParts = 0;
    for (Map.Entry<String, byte[]> e : parts.entrySet()) {
      String name = e.getKey();
      if (ZipParts.isXml(name)) {
        XmlPartText part = XmlPartText.read(e.getValue(), name);
        xml.put(name, part);
        residues(all, SearchText.of(part.text()), true, withheld, name, textResidues);
        // attribute values apart: NUL is in no value, so no match spans two attributes
        residues(all, SearchText.of(String.join("\u0000", part.attributes())), false, withheld, name, attrResidues);
      } else {
        binaryParts++;
        byte[] b = e.getValue();
        boolean[] found = binary.newFound();
        binary.markFound(SearchText.of(new String(b, StandardCharsets.ISO_8859_1)), false, found);
        binary.markFound(SearchText.of(new String(b, StandardCharsets.UTF_16LE)), false, found);
        residues(found, withheld, name, binaryResidues);
      }
    }
    List<CheckResult> checks = new ArrayList<>();
    checks.add(CheckResult.of("xml-text", dedupe(textResidues)));
    checks.add(CheckResult.of("xml-attributes", dedupe(attrResidues)));
    checks.add(CheckResult.of("binary-parts", dedupe(binaryResidues)));
    checks.addAll(DocxStructureCheck.run(xml, parts.keySet()));
    List<String> notes = new ArrayList<>();
    if (binaryParts > 0) {
      notes.add(binaryParts + " binary part(s) (pictures, embedded objects) searched as raw bytes only, for values"
          + " of " + MIN_BINARY_CHARS + "+ characters; text inside pictures is not read");
    }
    return new VerificationReport(checks, notes);
  }

  private static void residues(ValueMatcher matcher, SearchText haystack, boolean byDigits,
      List<WithheldValue> withheld, String part, List<String> out) {
    boolean[] found = matcher.newFound();
    matcher.markFound(haystack, byDigits, found);
    residues(found, withheld, part, out);
  }

  private static void residues(boolean[] found, List<WithheldValue> withheld, String part, List<String> out) {
    for (int i = 0; i < found.length; i++) {
      if (found[i]) {
        WithheldValue w = withheld.get(i);
        out.add("withheld value of row " + w.row() + " (" + w.type() + ") still extractable (in " + part + ")");
      }
    }
  }

  private static List<String> dedupe(List<String> residues) {
    return List.copyOf(new LinkedHashSet<>(residues));
  }
}
