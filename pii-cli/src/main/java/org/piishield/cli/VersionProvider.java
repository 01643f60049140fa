package org.piishield.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.piishield.detect.Recognizer;
import org.piishield.detect.RecognizerRegistry;
import org.piishield.extract.DocumentExtractor;
import org.piishield.extract.Extractors;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code shield --version}: the version, the Java runtime, and the recognizers and extractors found through
 * {@code META-INF/services}, which shows at a glance that a (shaded) jar found all its plug-ins.
 */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    List<String> recognizers = new ArrayList<>();
    for (Recognizer r : RecognizerRegistry.discover().all()) {
      recognizers.add(r.name());
    }
    List<String> extractors = new ArrayList<>();
    for (DocumentExtractor e : Extractors.discover().all()) {
      extractors.add(e.name());
    }
    return new String[] {
        "shield " + p.getProperty("version", "unknown"),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
        "recognizers (" + recognizers.size() + "): " + String.join(", ", recognizers),
        "extractors (" + extractors.size() + "): " + String.join(", ", extractors)};
  }
}
