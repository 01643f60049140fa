package org.piishield.formats.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.piishield.extract.ExtractionException;
import org.piishield.formats.redact.DocumentVerifier;
import org.piishield.formats.redact.FileFormat;

/**
 * Verifies one redacted Word package against the values its redaction withheld, without using any of the
 * redaction code (its own zip reading, StAX instead of DOM):
 *
 * <ol>
 *   <li>{@code xml-text}: the character data of every XML part (document, headers, footers, notes, comments if
 *       any, relationships, properties, settings, styles, charts…), joined without separators so that a value
 *       split over runs is found (paragraphs, cells, tabs and breaks are word boundaries), searched as
 *       {@link SearchText} says (long values folded, short ones as whole words, by digits); a value the original
 *       also holds where it was not withheld ({@link WithheldValue#keptElsewhere()}) counts only when the whole
 *       text holds it more often;
 *   <li>{@code xml-attributes}: every attribute value of every XML part, each apart (link targets, field
 *       instructions, alternative text), also percent-decoded, searched without digits and without short
 *       numbers (attributes are full of sizes and ids);
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

  static final int MIN_BINARY_CHARS = 6;

  @Override
  public FileFormat format() {
    return FileFormat.DOCX;
  }

  @Override
  public VerificationReport verify(Path output, List<WithheldValue> withheld) throws IOException, ExtractionException {
    Map<String, byte[]> parts = ZipParts.read(output);
    List<SearchText> longValues = new ArrayList<>(withheld.size());
    for (WithheldValue w : withheld) {
      SearchText v = SearchText.of(w.value());
      longValues.add(v.folded().length() >= MIN_BINARY_CHARS ? v : SearchText.of(""));
    }
    ValueMatcher all = ValueMatcher.ofWithheld(withheld);
    ValueMatcher binary = ValueMatcher.of(longValues);
    StringBuilder wholeText = new StringBuilder();
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
        boolean[] inText = all.newFound();
        all.markFound(SearchText.of(part.text()), true, inText);
        residues(inText, withheld, name, textResidues);
        wholeText.append(part.text()).append('\n');
        // attribute values apart (NUL is in no value, so no match spans two), short numbers not searched: the
        // attributes are full of numbers (sizes, ids); the text check looks for those
        boolean[] inAttributes = all.newFound();
        all.markFoundInPieces(SearchText.of(attributes(part.attributes())), inAttributes);
        residues(inAttributes, withheld, name, attrResidues);
      } else {
        binaryParts++;
        byte[] b = e.getValue();
        boolean[] found = binary.newFound();
        binary.markFoundInPieces(SearchText.of(new String(b, StandardCharsets.ISO_8859_1)), found);
        binary.markFoundInPieces(SearchText.of(new String(b, StandardCharsets.UTF_16LE)), found);
        residues(found, withheld, name, binaryResidues);
      }
    }
    // a value the original also holds where it was not withheld (a short number) counts only beyond those
    boolean[] beyondKept = all.newFound();
    all.markFoundInText(SearchText.of(wholeText), beyondKept);
    for (int i = 0; i < beyondKept.length; i++) {
      if (beyondKept[i] && withheld.get(i).keptElsewhere() > 0) {
        WithheldValue w = withheld.get(i);
        textResidues.add("withheld value of row " + w.row() + " (" + w.type() + ") still extractable (in the"
            + " XML text, more often than the original holds it elsewhere)");
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

  /**
   * The attribute values NUL-joined, each percent-decoded too when it holds an escape ({@code mailto:ana%20ruiz}
   * also reads {@code mailto:ana ruiz}, so a short name in a link target is found as whole words).
   */
  private static String attributes(List<String> values) {
    StringBuilder b = new StringBuilder();
    for (String v : values) {
      b.append(v).append('\u0000');
      if (v.indexOf('%') >= 0) {
        b.append(percentDecoded(v)).append('\u0000');
      }
    }
    return b.toString();
  }

  /** {@code %XX} escapes decoded as UTF-8 bytes; a malformed escape stays as it is. */
  static String percentDecoded(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      int hi = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
      int lo = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
      if (raw[i] == '%' && hi >= 0 && lo >= 0) {
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        out.write(raw[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
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
