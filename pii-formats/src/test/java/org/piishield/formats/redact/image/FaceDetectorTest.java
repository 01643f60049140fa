package org.piishield.formats.redact.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piishield.formats.redact.RedactionPlan;

/**
 * Face detection on a real public-domain portrait (NASA, see {@code test-documents/README.md}) and on a text flyer
 * (the near miss), and faces withheld in a redacted copy.
 */
class FaceDetectorTest {

  /** Roughly the middle of the astronaut's face in the 256x256 portrait (between the eyes). */
  private static final int FACE_X = 112;
  private static final int FACE_Y = 55;

  @TempDir
  Path dir;

  @Test
  void detect_publicDomainPortrait_findsOneFaceAroundItsMiddle() throws Exception {
    List<Rectangle> faces = FaceDetector.standard().detect(portrait());

    assertEquals(1, faces.size(), faces::toString);
    Rectangle f = faces.get(0);
    assertTrue(f.contains(FACE_X, FACE_Y), f::toString);
    assertTrue(f.width > 50 && f.width < 160, f::toString);
  }

  @Test
  void detect_ghostscriptTextFlyer_findsNoFace() throws Exception {
    Path png = ImageFixtures.ghostscriptFlyer(dir, "flyer", 200, "NEIGHBORHOOD WATCH MEETING",
        "Officer Daniel Brooks lives at 4127 Maple Avenue", "Bring snacks and a folding chair");

    assertEquals(List.of(), FaceDetector.standard().detect(ImageIO.read(png.toFile())));
  }

  @Test
  void writeRedacted_facesWithheld_faceBoxBurnedRestUntouched() throws Exception {
    Path jpg = dir.resolve("portrait.jpg");
    try (InputStream in = resource()) {
      Files.write(jpg, ImageFixtures.withPhoneMetadata(in.readAllBytes(), (short) 1));
    }
    RedactableImage doc = ImageDocumentRedactorTest.open(jpg);
    doc.withholdFaces("(b)(6)");
    Path out = dir.resolve("out/portrait.jpg");

    doc.writeRedacted(new RedactionPlan(List.of(), Map.of()), out);

    assertEquals(1, doc.facesWithheld());
    BufferedImage red = ImageIO.read(out.toFile());
    Rectangle face = FaceDetector.standard().detect(portrait()).get(0);
    assertTrue(ImageDocumentRedactorTest.blackShare(red, face) > 0.75, "face box mostly the black fill");
    Rectangle corner = new Rectangle(0, 200, 40, 40); // the flag, far from the face
    assertTrue(ImageDocumentRedactorTest.blackShare(red, corner) < 0.2, "outside the face untouched");
    for (Rectangle left : FaceDetector.standard().detect(red)) {
      assertFalse(left.contains(FACE_X, FACE_Y), "the face is still found: " + left);
    }
  }

  @Test
  void writeRedacted_flyerWithPortraitPhoto_faceAndNameBothBurned() throws Exception {
    Path png = ImageFixtures.ghostscriptFlyer(dir, "wanted", 200, "HAVE YOU SEEN THIS OFFICER",
        "Officer Daniel Brooks patrols our street", "Share this flyer with your neighbours");
    BufferedImage page = ImageIO.read(png.toFile());
    java.awt.Graphics2D g = page.createGraphics();
    g.drawImage(portrait(), 1300, 500, null); // the photo sits right of the text, below the title
    g.dispose();
    ImageIO.write(page, "png", png.toFile());
    RedactableImage doc = ImageDocumentRedactorTest.open(png);
    doc.withholdFaces("(b)(6)");
    Path out = dir.resolve("out/wanted.png");

    doc.writeRedacted(RedactionPlan.of(List.of(
        ImageDocumentRedactorTest.span(doc.text(), "Daniel Brooks", "PERSON", "(b)(6)"))), out);

    assertEquals(1, doc.facesWithheld());
    BufferedImage red = ImageIO.read(out.toFile());
    Rectangle face = FaceDetector.standard().detect(portrait()).get(0);
    face.translate(1300, 500);
    assertTrue(ImageDocumentRedactorTest.blackShare(red, face) > 0.75, "the face in the page photo is boxed");
    String after = ImageFixtures.squeeze(ImageFixtures.tesseract(out));
    assertFalse(after.contains("brooks"), after);
    assertTrue(after.contains(ImageFixtures.squeeze("Share this flyer with your neighbours")), after);
  }

  @Test
  void writeRedacted_facesNotAsked_noFaceBox() throws Exception {
    Path jpg = dir.resolve("portrait.jpg");
    try (InputStream in = resource()) {
      Files.write(jpg, in.readAllBytes());
    }
    RedactableImage doc = ImageDocumentRedactorTest.open(jpg);
    Path out = dir.resolve("out/portrait.jpg");

    doc.writeRedacted(new RedactionPlan(List.of(), Map.of()), out);

    assertEquals(0, doc.facesWithheld());
    assertEquals(1, FaceDetector.standard().detect(ImageIO.read(out.toFile())).size());
  }

  private static BufferedImage portrait() throws Exception {
    try (InputStream in = resource()) {
      return ImageIO.read(in);
    }
  }

  private static InputStream resource() {
    return FaceDetectorTest.class.getResourceAsStream("/test-documents/portrait_nasa_public_domain.jpg");
  }
}
