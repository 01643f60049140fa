package org.piishield.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds Tesseract's language data: the directory holding {@code <lang>.traineddata} for every language
 * asked for. Looks, in order, in {@code $TESSDATA_PREFIX} (and its {@code tessdata} subdirectory, as
 * Tesseract 3 expected), then in the Debian/Ubuntu directories of Tesseract 5 and 4, then in those of
 * Fedora, a source build and Homebrew.
 */
final class Tessdata {

  static final String INSTALL_HINT =
      "install it with: sudo apt-get install -y tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa";

  private static final List<String> STANDARD = List.of(
      "/usr/share/tesseract-ocr/5/tessdata",
      "/usr/share/tesseract-ocr/4.00/tessdata",
      "/usr/share/tessdata",
      "/usr/local/share/tessdata",
      "/opt/homebrew/share/tessdata");

  private Tessdata() {}

  /** The candidate directories, in the order they are tried, for the environment {@code env}. */
  static List<Path> candidates(Map<String, String> env) {
    List<Path> out = new ArrayList<>();
    String prefix = env.get("TESSDATA_PREFIX");
    if (prefix != null && !prefix.isBlank()) {
      out.add(Path.of(prefix));
      out.add(Path.of(prefix, "tessdata"));
    }
    for (String s : STANDARD) {
      out.add(Path.of(s));
    }
    return out;
  }

  /** The first of {@code candidates} with data for every language in {@code languages} ("eng+spa"), or null. */
  static Path find(List<Path> candidates, String languages) {
    for (Path dir : candidates) {
      if (hasAll(dir, languages)) {
        return dir;
      }
    }
    return null;
  }

  static boolean hasAll(Path dir, String languages) {
    for (String lang : languages.split("\\+")) {
      if (!Files.isRegularFile(dir.resolve(lang + ".traineddata"))) {
        return false;
      }
    }
    return true;
  }
}
