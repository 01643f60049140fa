package org.piishield.formats;

import com.sun.jna.Pointer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;
import org.piishield.extract.ExtractionException;

/**
 * Optical character recognition with Tesseract 5 (through tess4j's JNA binding of the system's
 * {@code libtesseract}), English and Spanish by default, giving words with their pixel boxes.
 *
 * <p>Usage: {@code OcrEngine.system().recognize(image, 300)}. When the library or the language data is
 * missing, the {@link ExtractionException} says how to install them.
 *
 * <p>Immutable and thread-safe: each call creates, uses and frees its own Tesseract handle (so each call
 * also loads the language models, a fixed cost per image or scanned page).
 */
public final class OcrEngine {

  /** The languages used unless told otherwise: English and Spanish. */
  public static final String DEFAULT_LANGUAGES = "eng+spa";

  private final Path tessdata;
  private final String languages;

  /** Tesseract with the {@code languages} ({@code "eng+spa"}) whose data lie in {@code tessdata}. */
  public OcrEngine(Path tessdata, String languages) {
    this.tessdata = tessdata;
    this.languages = languages;
  }

  /** English and Spanish with the language data found on this machine (see {@link Tessdata}). */
  public static OcrEngine system() throws ExtractionException {
    return system(System.getenv());
  }

  static OcrEngine system(Map<String, String> env) throws ExtractionException {
    List<Path> candidates = Tessdata.candidates(env);
    Path dir = Tessdata.find(candidates, DEFAULT_LANGUAGES);
    if (dir == null) {
      throw new ExtractionException("OCR needs Tesseract with English and Spanish language data, not found in "
          + candidates + " (or set TESSDATA_PREFIX); " + Tessdata.INSTALL_HINT);
    }
    return new OcrEngine(dir, DEFAULT_LANGUAGES);
  }

  public Path tessdata() {
    return tessdata;
  }

  public String languages() {
    return languages;
  }

  /**
   * The words Tesseract reads in {@code image}, in reading order, with boxes in its pixels. {@code dpi} is
   * the image's resolution (Tesseract scales its expectations of glyph size by it).
   */
  public List<OcrWord> recognize(BufferedImage image, int dpi) throws ExtractionException {
    if (!Tessdata.hasAll(tessdata, languages)) {
      throw new ExtractionException("OCR language data for " + languages + " not found in " + tessdata + "; "
          + Tessdata.INSTALL_HINT);
    }
    BufferedImage gray = toGray(image);
    int w = gray.getWidth();
    int h = gray.getHeight();
    byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    ByteBuffer buf = ByteBuffer.allocateDirect(pixels.length);
    buf.put(pixels).flip();
    TessAPI tess;
    TessBaseAPI api;
    try {
      tess = Library.TESS;
      api = tess.TessBaseAPICreate();
    } catch (LinkageError e) {
      throw new ExtractionException("OCR needs the Tesseract library (libtesseract 4 or 5), which could not be "
          + "loaded (" + e.getClass().getSimpleName() + "); " + Tessdata.INSTALL_HINT);
    }
    try {
      if (tess.TessBaseAPIInit3(api, tessdata.toString(), languages) != 0) {
        throw new ExtractionException("Tesseract could not load " + languages + " from " + tessdata + "; "
            + Tessdata.INSTALL_HINT);
      }
      tess.TessBaseAPISetPageSegMode(api, 3); // PSM_AUTO: page layout analysis, no OSD
      tess.TessBaseAPISetImage(api, buf, w, h, 1, w);
      tess.TessBaseAPISetSourceResolution(api, dpi);
      if (tess.TessBaseAPIRecognize(api, null) != 0) {
        throw new ExtractionException("Tesseract failed to recognise the image (" + w + "x" + h + " px)");
      }
      return words(tess, api);
    } finally {
      tess.TessBaseAPIEnd(api);
      tess.TessBaseAPIDelete(api);
    }
  }

  private static List<OcrWord> words(TessAPI tess, TessBaseAPI api) {
    List<OcrWord> out = new ArrayList<>();
    TessResultIterator ri = tess.TessBaseAPIGetIterator(api);
    if (ri == null) {
      return out;
    }
    try {
      TessPageIterator pi = tess.TessResultIteratorGetPageIterator(ri);
      int level = TessPageIteratorLevel.RIL_WORD;
      IntBuffer left = IntBuffer.allocate(1);
      IntBuffer top = IntBuffer.allocate(1);
      IntBuffer right = IntBuffer.allocate(1);
      IntBuffer bottom = IntBuffer.allocate(1);
      int line = -1;
      do {
        if (tess.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_TEXTLINE) != 0 || line < 0) {
          line++;
        }
        Pointer p = tess.TessResultIteratorGetUTF8Text(ri, level);
        if (p == null) {
          continue;
        }
        String text = p.getString(0, StandardCharsets.UTF_8.name());
        tess.TessDeleteText(p);
        text = text.strip();
        if (text.isEmpty()) {
          continue;
        }
        tess.TessPageIteratorBoundingBox(pi, level, left, top, right, bottom);
        float confidence = tess.TessResultIteratorConfidence(ri, level);
        out.add(new OcrWord(text, left.get(0), top.get(0), right.get(0), bottom.get(0), confidence, line));
      } while (tess.TessResultIteratorNext(ri, level) != 0);
    } finally {
      tess.TessResultIteratorDelete(ri);
    }
    return out;
  }

  /**
   * The library, bound on first use. Interface mapping, not tess4j's direct {@code TessAPI1}: that binds
   * every function at load time and fails on Debian's Tesseract 5.3, which lacks renderers added in 5.4.
   */
  private static final class Library {
    static final TessAPI TESS = LoadLibs.getTessAPIInstance();
  }

  private static BufferedImage toGray(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
        && image.getRaster().getDataBuffer() instanceof DataBufferByte
        && image.getRaster().getSampleModelTranslateX() == 0
        && image.getRaster().getSampleModelTranslateY() == 0
        && ((DataBufferByte) image.getRaster().getDataBuffer()).getData().length == image.getWidth() * image.getHeight()) {
      return image;
    }
    BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = gray.createGraphics();
    try {
      // transparent pixels become white paper, not black
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return gray;
  }
}
