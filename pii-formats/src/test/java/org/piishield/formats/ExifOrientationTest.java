package org.piishield.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EXIF orientation read from JPEGs written by Apache Commons Imaging, and applied to pixels. */
class ExifOrientationTest {

  @TempDir
  Path dir;

  /** A 3x2 image whose pixel (x, y) holds 10 * x + y, so every move is visible. */
  private static BufferedImage numbered() {
    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 3; x++) {
        image.setRGB(x, y, 10 * x + y);
      }
    }
    return image;
  }

  private static int at(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) & 0xFFFFFF;
  }

  @Test
  void apply_eachOrientation_movesStoredPixelsWhereViewersShowThem() {
    BufferedImage stored = numbered();
    // orientation 6: rotate 90 degrees clockwise; stored (0, 1), bottom-left, ends top-left
    BufferedImage six = ExifOrientation.apply(stored, 6);
    assertEquals(2, six.getWidth());
    assertEquals(3, six.getHeight());
    assertEquals(1, at(six, 0, 0));
    assertEquals(20, at(six, 1, 2));
    // orientation 8: rotate 90 degrees counter-clockwise; stored (2, 0), top-right, ends top-left
    BufferedImage eight = ExifOrientation.apply(stored, 8);
    assertEquals(20, at(eight, 0, 0));
    assertEquals(1, at(eight, 1, 2));
    assertEquals(21, at(ExifOrientation.apply(stored, 3), 0, 0));
    assertEquals(20, at(ExifOrientation.apply(stored, 2), 0, 0));
    assertEquals(1, at(ExifOrientation.apply(stored, 4), 0, 0));
    assertEquals(10, at(ExifOrientation.apply(stored, 5), 0, 1));
    assertEquals(21, at(ExifOrientation.apply(stored, 7), 0, 0));
    assertEquals(stored, ExifOrientation.apply(stored, 1));
  }

  @Test
  void of_jpegWithOrientationTag_readsIt_andWithoutTag_normal() throws Exception {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(numbered(), "jpeg", plain);
    TiffOutputSet set = new TiffOutputSet();
    set.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 8);
    ByteArrayOutputStream tagged = new ByteArrayOutputStream();
    new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, set);
    Path a = Files.write(dir.resolve("a.jpg"), tagged.toByteArray());
    Path b = Files.write(dir.resolve("b.jpg"), plain.toByteArray());
    Path c = Files.writeString(dir.resolve("c.jpg"), "not a jpeg");

    assertEquals(8, ExifOrientation.of(a));
    assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(b));
    assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(c));
  }
}
