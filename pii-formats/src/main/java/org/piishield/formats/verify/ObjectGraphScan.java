package org.piishield.formats.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * Searches every object of a document, found through its cross-reference table (not through the page tree, so
 * unreferenced objects count too), and the trailer: each string and each decoded stream is read as Latin-1, UTF-8
 * and UTF-16BE. Image streams are skipped (pixels, not text); a stream PDFBox cannot decode is counted.
 *
 * <p>A value drawn with {@code (ana@example.org) Tj} is found in the content stream; one split by kerning,
 * {@code [(ana@exam) -20 (ple.org)] TJ}, is not (the text extractors catch that).
 */
final class ObjectGraphScan {

  private static final List<Charset> CHARSETS = List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8,
      StandardCharsets.UTF_16BE);
  /** Streams decoding to more than this are searched in their first this-many bytes only. */
  private static final int MAX_STREAM_BYTES = 64 << 20;

  private final ValueMatcher values;
  private final boolean[] found;
  private int undecodable;

  private ObjectGraphScan(ValueMatcher values) {
    this.values = values;
    this.found = values.newFound();
  }

  /** What the scan found: {@code found[i]} for {@code values.get(i)}, and how many streams could not be decoded. */
  record Result(boolean[] found, int undecodableStreams) {}

  static Result scan(COSDocument doc, ValueMatcher values) {
    ObjectGraphScan scan = new ObjectGraphScan(values);
    scan.visit(doc.getTrailer(), 0);
    for (Map.Entry<COSObjectKey, Long> e : doc.getXrefTable().entrySet()) {
      COSObject obj = doc.getObjectFromPool(e.getKey());
      scan.visit(obj.getObject(), 0);
    }
    return new Result(scan.found, scan.undecodable);
  }

  /** Visits direct objects only: indirect ones are each visited once from the xref. */
  private void visit(COSBase base, int depth) {
    if (base == null || base instanceof COSObject || depth > 64) {
      return;
    }
    if (base instanceof COSString s) {
      search(s.getBytes());
    } else if (base instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        visit(array.get(i), depth + 1);
      }
    } else if (base instanceof COSDictionary dict) {
      for (COSBase v : dict.getValues()) {
        visit(v, depth + 1);
      }
      if (dict instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
        searchStream(stream);
      }
    }
  }

  private void searchStream(COSStream stream) {
    try (InputStream in = stream.createInputStream()) {
      byte[] bytes = in.readNBytes(MAX_STREAM_BYTES);
      search(bytes);
      // literal strings in content streams escape parentheses and backslashes: (\(312\) 555-0142) Tj
      String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
      if (latin1.indexOf('\\') >= 0) {
        search(SearchText.of(latin1.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")));
      }
    } catch (IOException | RuntimeException e) {
      undecodable++;
    }
  }

  private void search(byte[] bytes) {
    for (Charset cs : CHARSETS) {
      search(SearchText.of(new String(bytes, cs)));
    }
  }

  private void search(SearchText text) {
    values.markFoundInPieces(text, found);
  }
}
