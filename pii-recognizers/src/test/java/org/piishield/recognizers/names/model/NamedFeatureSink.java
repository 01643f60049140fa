package org.piishield.recognizers.names.model;

import java.util.ArrayList;
import java.util.List;
import org.piishield.text.Fold;

/** Spells features out as {@code template=value}, for tests. */
final class NamedFeatureSink implements FeatureSink {

  final List<String> features = new ArrayList<>();

  @Override
  public void add(String template, int value) {
    String v = switch (template) {
      case "after", "before" -> value == 0 ? "END" : String.valueOf((char) value);
      case "f", "f-1", "f+1" -> NerFeatures.flagName(value);
      default -> String.valueOf(value);
    };
    features.add(template + "=" + v);
  }

  @Override
  public void addWord(String template, CharSequence text, int off, int len, int foldedHash) {
    features.add(template + "=" + Fold.fold(text.subSequence(off, off + len)));
  }

  @Override
  public void addChars(String template, CharSequence text, int off, int len) {
    features.add(template + "=" + text.subSequence(off, off + len));
  }
}
