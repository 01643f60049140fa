package org.piishield.formats.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.piishield.extract.ExtractionException;
import org.w3c.dom.Document;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSException;
import org.w3c.dom.ls.LSOutput;
import org.w3c.dom.ls.LSSerializer;
import org.xml.sax.SAXException;

/**
 * Parses and writes the XML parts of an Office package: namespace-aware DOM, no DTDs and no external entities
 * (a hostile part cannot read local files or expand entities), UTF-8 out. Parser messages quote content, so a
 * failure names only the part.
 *
 * <p>{@code SafeXml.write(SafeXml.parse(bytes, "word/document.xml"))} gives an equivalent part (same elements,
 * attributes and namespace declarations).
 */
final class SafeXml {

  /* The factory is looked up once per thread (the service lookup costs more than parsing a small part); a
   * DocumentBuilder is reusable but not thread-safe, hence one per thread. Writing uses DOM Load and Save, about
   * twice as fast as an identity Transformer here. */
  private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::newBuilder);

  private SafeXml() {}

  static Document parse(byte[] bytes, String partName) throws ExtractionException {
    DocumentBuilder b = BUILDER.get();
    try {
      return b.parse(new ByteArrayInputStream(bytes));
    } catch (SAXException | IOException e) {
      throw new ExtractionException("malformed XML in part " + partName);
    } finally {
      b.reset();
      b.setErrorHandler(null);
    }
  }

  static byte[] write(Document doc) throws ExtractionException {
    DOMImplementationLS ls = (DOMImplementationLS) doc.getImplementation().getFeature("LS", "3.0");
    LSSerializer serializer = ls.createLSSerializer();
    LSOutput output = ls.createLSOutput();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    output.setByteStream(out);
    output.setEncoding("UTF-8");
    doc.setXmlStandalone(true);
    try {
      if (!serializer.write(doc, output)) {
        throw new ExtractionException("cannot write an XML part");
      }
    } catch (LSException e) {
      throw new ExtractionException("cannot write an XML part (" + e.getClass().getSimpleName() + ")");
    }
    return out.toByteArray();
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
    }
  }
}
