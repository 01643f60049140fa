package org.piishield.formats.redact.image;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfRect;
import org.opencv.core.Size;
import org.opencv.objdetect.CascadeClassifier;
import org.piishield.extract.ExtractionException;

/**
 * Finds frontal faces in an image with OpenCV's Haar cascade ({@code haarcascade_frontalface_default.xml},
 * shipped as a resource, see its README), through the OpenCV 4 library and natives of {@code org.openpnp:opencv}.
 * Detection only: it returns boxes, never who a face belongs to, and nothing about a face is logged.
 *
 * <p>Example: on a 256x256 head-and-shoulders portrait, {@code detect(image)} gives one box of about 100x100
 * pixels around the face (padded by {@link #PAD_FRACTION} of its size to take in hair and chin).
 *
 * <p>Images are searched at most {@value #MAX_SIDE} pixels on their long side (larger ones are scaled down for
 * detection, boxes scaled back); faces smaller than {@value #MIN_FACE} pixels at that scale are not found.
 * Thread-safe: one classifier, used under a lock. The native library is loaded on first use.
 */
public final class FaceDetector {

  /** The long side, in pixels, that images are scaled down to before searching. */
  static final int MAX_SIDE = 1024;
  /** The smallest face searched for, in pixels at the search scale. */
  static final int MIN_FACE = 24;
  /** How much each side of a found box grows, as a fraction of its size: the cascade's box stops at the eyebrows
   * and the mouth, so forehead, chin and ears need the margin. */
  static final double PAD_FRACTION = 0.25;
  private static final String CASCADE = "haarcascade_frontalface_default.xml";

  private final CascadeClassifier classifier;

  private FaceDetector(CascadeClassifier classifier) {
    this.classifier = classifier;
  }

  /** The detector with the shipped cascade; fails when the OpenCV natives cannot be loaded on this platform. */
  public static FaceDetector standard() throws ExtractionException {
    Holder h = Holder.get();
    if (h.failure != null) {
      throw new ExtractionException("face detection is unavailable: " + h.failure);
    }
    return h.detector;
  }

  /** The faces in {@code image}, as boxes in its pixels (padded and clipped to the image), largest first. */
  public List<Rectangle> detect(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(w, h));
    int sw = Math.max(1, (int) Math.round(w * scale));
    int sh = Math.max(1, (int) Math.round(h * scale));
    Mat gray = toMat(gray(image, sw, sh));
    MatOfRect found = new MatOfRect();
    try {
      // no global histogram equalisation: on a page photo, the white paper would set the curve and wash out the
      // portrait on it; the cascade normalises each window's contrast itself
      synchronized (classifier) {
        classifier.detectMultiScale(gray, found, 1.1, 5, 0, new Size(MIN_FACE, MIN_FACE), new Size());
      }
      List<Rectangle> out = new ArrayList<>();
      Rectangle bounds = new Rectangle(0, 0, w, h);
      for (org.opencv.core.Rect r : found.toArray()) {
        double pad = PAD_FRACTION * Math.max(r.width, r.height);
        int x0 = (int) Math.floor((r.x - pad) / scale);
        int y0 = (int) Math.floor((r.y - pad) / scale);
        int x1 = (int) Math.ceil((r.x + r.width + pad) / scale);
        int y1 = (int) Math.ceil((r.y + r.height + pad) / scale);
        Rectangle box = new Rectangle(x0, y0, x1 - x0, y1 - y0).intersection(bounds);
        if (!box.isEmpty()) {
          out.add(box);
        }
      }
      out.sort((a, b) -> Long.compare((long) b.width * b.height, (long) a.width * a.height));
      return out;
    } finally {
      gray.release();
      found.release();
    }
  }

  private static BufferedImage gray(BufferedImage image, int w, int h) {
    BufferedImage gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = gray.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return gray;
  }

  private static Mat toMat(BufferedImage gray) {
    byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    Mat m = new Mat(gray.getHeight(), gray.getWidth(), CvType.CV_8UC1);
    m.put(0, 0, pixels);
    return m;
  }

  /** Loads the natives and the cascade once; remembers why it failed, if it did. */
  private static final class Holder {
    private static Holder instance;
    final FaceDetector detector;
    final String failure;

    private Holder(FaceDetector detector, String failure) {
      this.detector = detector;
      this.failure = failure;
    }

    static synchronized Holder get() {
      if (instance == null) {
        instance = load();
      }
      return instance;
    }

    private static Holder load() {
      try {
        nu.pattern.OpenCV.loadLocally();
      } catch (RuntimeException | LinkageError e) {
        return new Holder(null, "the OpenCV native library could not be loaded (" + e.getClass().getSimpleName() + ")");
      }
      try {
        Path xml = Files.createTempFile("shield-face-", ".xml");
        xml.toFile().deleteOnExit();
        try (InputStream in = FaceDetector.class.getResourceAsStream(CASCADE)) {
          if (in == null) {
            return new Holder(null, "the face model resource " + CASCADE + " is missing from the jar");
          }
          Files.copy(in, xml, StandardCopyOption.REPLACE_EXISTING);
        }
        CascadeClassifier c = new CascadeClassifier(xml.toString());
        Files.deleteIfExists(xml);
        if (c.empty()) {
          return new Holder(null, "the face model " + CASCADE + " could not be loaded");
        }
        return new Holder(new FaceDetector(c), null);
      } catch (IOException e) {
        return new Holder(null, "the face model could not be unpacked (" + e.getClass().getSimpleName() + ")");
      }
    }
  }
}
