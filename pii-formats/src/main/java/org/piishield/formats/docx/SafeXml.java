package org.piishield.formats.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.piishield.extract.ExtractionException;
import org.w3c.dom.Document;
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

  private SafeXml() {}

  static Document parse(byte[] bytes, String partName) throws ExtractionException {
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
      return b.parse(new ByteArrayInputStream(bytes));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new ExtractionException("malformed XML in part " + partName);
    }
  }

  static byte[] write(Document doc) throws ExtractionException {
    try {
      TransformerFactory tf = TransformerFactory.newInstance();
      tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer t = tf.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "no");
      doc.setXmlStandalone(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new ExtractionException("cannot write an XML part (" + e.getClass().getSimpleName() + ")");
    }
  }
}
