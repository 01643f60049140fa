package org.piishield.formats.pdf.redact;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * True redaction of a PDF: removes the glyphs and image pixels under each {@link RedactionArea}, draws a box with
 * the exemption code over it, sanitises the document and writes a complete new file.
 *
 * <p>Example:
 * <pre>{@code
 * PdfRedactionReport report = PdfRedactor.redact(in, out,
 *     List.of(new RedactionArea(0, 72, 697.5f, 132, 708.7f, "(b)(6)")), RedactionOptions.defaults());
 * }</pre>
 *
 * <ol>
 *   <li>Loads {@code in} with the password given, if any (encryption is removed from the output; a missing or
 *       wrong user password fails with an {@link IOException}).</li>
 *   <li>Replaces each page withheld in full with a {@link PlaceholderPage}; areas on it are dropped.</li>
 *   <li>Flattens filled form fields into their pages ({@link FormFlattener}) unless
 *       {@link RedactionOptions#flattenForms()} is off, and printable annotations ({@link AnnotationFlattener})
 *       when {@link RedactionOptions#flattenAnnotations()} is on.</li>
 *   <li>For each page with areas: gives the page private resources, rewrites its content with
 *       {@link ContentRewriter} (glyphs in strings, Form XObjects, image XObjects and inline images), prunes
 *       XObjects no longer drawn, closes open {@code q}/{@code BT}, and appends the boxes ({@link BoxPainter}).
 *       The page's content becomes a single Flate stream.</li>
 *   <li>Sanitises the whole document ({@link PdfSanitiser}).</li>
 *   <li>Saves a full rewrite (never an incremental update, so earlier revisions and unreachable objects are gone)
 *       without object streams (so every dictionary is plain text for byte-level verifiers; streams stay Flate)
 *       to a temporary file in {@code out}'s folder, then moves it onto {@code out} atomically where the file system
 *       allows. {@code out} may equal {@code in}. On failure no partial {@code out} is left.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe: concurrent calls on different files are independent. Nothing withheld is logged
 * or put in an exception message.
 */
public final class PdfRedactor {

  private PdfRedactor() {}

  /**
   * Redacts {@code areas} of {@code in} into {@code out}.
   *
   * @throws IllegalArgumentException when an area names a page the document does not have
   * @throws IOException when the input cannot be read or the output written
   */
  public static PdfRedactionReport redact(Path in, Path out, List<RedactionArea> areas, RedactionOptions options)
      throws IOException {
    return redact(in, null, out, PdfRedactionPlan.of(areas), options);
  }

  /**
   * Redacts {@code plan} from {@code in} into {@code out}: its areas, its pages withheld in full (each becomes a
   * {@link PlaceholderPage}) and every link whose URI holds one of its values. {@code password} (user or owner;
   * null for none) opens an encrypted input; the output is never encrypted.
   *
   * @throws IllegalArgumentException when an area or a withheld page names a page the document does not have
   * @throws org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException when the input is encrypted and
   *     {@code password} is missing or wrong
   * @throws IOException when the input cannot be read or the output written
   */
  public static PdfRedactionReport redact(Path in, String password, Path out, PdfRedactionPlan plan,
      RedactionOptions options) throws IOException {
    Path folder = out.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(folder, ".pii-shield-", ".pdf.part");
    try {
      PdfRedactionReport report;
      try (PDDocument document = Loader.loadPDF(in.toFile(), password == null ? "" : password)) {
        report = redact(document, plan, options);
        document.save(temp.toFile(), CompressParameters.NO_COMPRESSION);
      }
      try {
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
      }
      return report;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static PdfRedactionReport redact(PDDocument document, PdfRedactionPlan plan, RedactionOptions options)
      throws IOException {
    if (document.isEncrypted()) {
      document.setAllSecurityToBeRemoved(true);
    }
    int pageCount = document.getNumberOfPages();
    for (Integer page : plan.withheldPages().keySet()) {
      if (page >= pageCount) {
        throw new IllegalArgumentException("page " + (page + 1) + " is to be withheld but the document has "
            + pageCount + " pages");
      }
    }
    Map<Integer, List<RedactionArea>> byPage = new TreeMap<>();
    for (RedactionArea area : plan.areas()) {
      if (area.pageIndex() >= pageCount) {
        throw new IllegalArgumentException("area on page index " + area.pageIndex() + " but the document has "
            + pageCount + " pages");
      }
      if (!plan.withheldPages().containsKey(area.pageIndex())) {
        byPage.computeIfAbsent(area.pageIndex(), k -> new ArrayList<>()).add(area);
      }
    }
    PlaceholderPage placeholder = new PlaceholderPage();
    for (Map.Entry<Integer, String> e : plan.withheldPages().entrySet()) {
      placeholder.replace(document, document.getPage(e.getKey()), e.getValue());
    }
    int flattened = options.flattenForms() ? FormFlattener.flatten(document) : 0;
    int annotationsFlattened = options.flattenAnnotations() ? AnnotationFlattener.flatten(document) : 0;
    GlyphGeometry geometry = new GlyphGeometry();
    BoxPainter painter = new BoxPainter();
    Map<Integer, PageAreas> pageAreas = new TreeMap<>();
    int glyphs = 0;
    int forms = 0;
    int images = 0;
    int boxes = 0;
    for (Map.Entry<Integer, List<RedactionArea>> e : byPage.entrySet()) {
      PageAreas onPage = new PageAreas(e.getValue());
      pageAreas.put(e.getKey(), onPage);
      PageRun run = new PageRun(document, onPage, geometry, options);
      redactPage(document.getPage(e.getKey()), run, painter);
      glyphs += run.text.glyphsRemoved();
      forms += run.formsRewritten;
      images += run.imagesErased;
      boxes += onPage.areas().size();
    }
    SanitiseReport sanitised = new PdfSanitiser(new WithheldUris(plan.withheldValues())).sanitise(document,
        pageAreas, options, flattened, annotationsFlattened);
    return new PdfRedactionReport(byPage.size(), boxes, glyphs, forms, images, plan.withheldPages().size(),
        sanitised);
  }

  private static void redactPage(PDPage page, PageRun run, BoxPainter painter) throws IOException {
    PDResources resources = ResourceCopies.privateCopy(page.getResources(), run.document);
    page.setResources(resources);
    List<Object> tokens;
    PDFStreamParser parser = new PDFStreamParser(page);
    try {
      tokens = parser.parse();
    } finally {
      parser.close();
    }
    ContentRewriter.Result result = new ContentRewriter(run).rewrite(tokens, resources, new GraphicsState(), 0);
    ResourceCopies.prune(resources, ContentRewriter.xobjectNames(result.tokens()));
    COSStream stream = run.document.getDocument().createCOSStream();
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      ContentStreamWriter writer = new ContentStreamWriter(out);
      writer.writeTokens(result.tokens());
      if (result.textObjectOpen()) {
        writer.writeTokens(Operator.getOperator("ET"));
      }
      for (int i = 0; i < result.openSaves(); i++) {
        writer.writeTokens(Operator.getOperator("Q"));
      }
      painter.paint(out, run.areas, resources, page.getRotation(), run.options);
    }
    page.setContents(new PDStream(stream));
  }
}
