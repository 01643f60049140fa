package org.piishield.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.piishield.extract.DocumentExtractor;
import org.piishield.extract.ExtractedText;
import org.piishield.extract.ExtractionException;
import org.xml.sax.SAXException;

/**
 * Office documents (DOCX, XLSX, PPTX and their macro and legacy binary forms; ODT, ODS, ODP), RTF and
 * e-mail (EML, Outlook MSG) through Apache Tika, attachments and embedded documents included, recursively.
 *
 * <p>Text: for e-mail, the sender and recipients as header lines ({@code "From: ..."}, {@code "To: ..."},
 * {@code "Cc: ..."}, {@code "Bcc: ..."}), which Tika reports as metadata; then the document's own text (for
 * e-mail: subject and body); then, for every embedded document or attachment with text, a
 * header line {@code "\n--- attachment: PATH ---\n"} (PATH as Tika names it inside the container, e.g.
 * {@code /notes.txt} or {@code /archive.zip/inner.docx}) followed by its text. An attachment Tika cannot
 * read gets the header with {@code (unreadable)} in place of its text, so nothing is left out silently.
 * Offsets are into this text ({@link ExtractedText#plain}); positions inside Office files (part,
 * paragraph, run) are not tracked yet, and images inside documents are not OCR'd here.
 *
 * <p>Bounds: the file is at most {@code maxBytes}; the text of all parts together at most
 * {@link #maxChars} (more is an {@link ExtractionException}, never a silently truncated scan); at most
 * {@value #MAX_EMBEDDED} embedded documents. Password-protected files are refused ("encrypted").
 *
 * <p>Thread-safe (Tika's auto-detecting parser is); the caller owns the stream.
 */
public final class TikaExtractor implements DocumentExtractor {

  public static final String NAME = "office";
  static final int MAX_EMBEDDED = 1_000;
  private static final Set<String> EXTENSIONS = Set.of("docx", "docm", "dotx", "doc", "xlsx", "xlsm", "xls",
      "pptx", "pptm", "ppt", "odt", "ods", "odp", "rtf", "eml", "msg");

  private final int maxChars;

  /** At most 32 million chars of text per file; the constructor {@link java.util.ServiceLoader} uses. */
  public TikaExtractor() {
    this(32 << 20);
  }

  public TikaExtractor(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive");
    }
    this.maxChars = maxChars;
  }

  public int maxChars() {
    return maxChars;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Above the text extractors (0), below the PDF and image extractors (100). */
  @Override
  public int priority() {
    return 10;
  }

  @Override
  public boolean accepts(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot >= 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  @Override
  public ExtractedText extract(InputStream in, String fileName, long maxBytes) throws IOException, ExtractionException {
    try (ScratchFile copy = ScratchFile.copy(in, maxBytes, suffix(fileName));
         TikaInputStream tis = TikaInputStream.get(copy.path())) {
      ParseContext context = new ParseContext();
      TesseractOCRConfig noOcr = new TesseractOCRConfig();
      noOcr.setSkipOcr(true);
      context.set(TesseractOCRConfig.class, noOcr);
      RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
          new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, maxChars, true, context),
          MAX_EMBEDDED);
      Metadata metadata = new Metadata();
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
      new RecursiveParserWrapper(Parser.AUTO).parse(tis, handler, metadata, context);
      return join(handler.getMetadataList());
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException("encrypted document; supply a password (not supported yet)");
    } catch (TikaException | SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        throw tooLong();
      }
      // parser messages can quote the document, so only the exception's class is named
      throw new ExtractionException("damaged or unsupported document (" + e.getClass().getSimpleName() + ")");
    }
  }

  private ExtractedText join(List<Metadata> parts) throws ExtractionException {
    StringBuilder out = new StringBuilder();
    String mediaType = "application/octet-stream";
    for (int i = 0; i < parts.size(); i++) {
      Metadata m = parts.get(i);
      if (Boolean.parseBoolean(m.get(TikaCoreProperties.WRITE_LIMIT_REACHED))) {
        throw tooLong();
      }
      String content = m.get(TikaCoreProperties.TIKA_CONTENT);
      if (i == 0) {
        String type = m.get(Metadata.CONTENT_TYPE);
        if (type != null) {
          mediaType = type.split(";", 2)[0].strip();
        }
        appendAddresses(m, out);
        if (content != null) {
          out.append(content.strip());
        }
        continue;
      }
      boolean failed = m.get(TikaCoreProperties.EMBEDDED_EXCEPTION) != null;
      if (!failed && (content == null || content.isBlank())) {
        continue;
      }
      String path = m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
      out.append("\n--- attachment: ").append(path != null ? path : "#" + i).append(" ---\n");
      appendAddresses(m, out);
      out.append(failed ? "(unreadable)" : content.strip());
    }
    if (out.length() > 0) {
      out.append('\n');
    }
    return ExtractedText.plain(out.toString(), mediaType);
  }

  /** E-mail sender and recipients, which Tika keeps as metadata rather than text: one header line each. */
  private static void appendAddresses(Metadata m, StringBuilder out) {
    String[][] headers = {{"From", Message.MESSAGE_FROM}, {"To", Message.MESSAGE_TO}, {"Cc", Message.MESSAGE_CC},
        {"Bcc", Message.MESSAGE_BCC}};
    for (String[] h : headers) {
      for (String v : m.getValues(h[1])) {
        if (!v.isBlank()) {
          out.append(h[0]).append(": ").append(v.strip()).append('\n');
        }
      }
    }
  }

  private ExtractionException tooLong() {
    return new ExtractionException("more than " + maxChars + " chars of text, the limit");
  }

  /** Tika's parsers, loaded on first use: {@code shield --version} and PDF-only runs never pay for them. */
  private static final class Parser {
    static final AutoDetectParser AUTO = new AutoDetectParser();
  }

  private static String suffix(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot >= 0 ? fileName.substring(dot).toLowerCase(Locale.ROOT) : ".bin";
  }
}
