package org.piishield.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The recognizers available to an engine, by {@link Recognizer#name()}. {@link #discover} finds every
 * recognizer on the class path through {@link ServiceLoader}. Immutable.
 */
public final class RecognizerRegistry {

  private final Map<String, Recognizer> byName;

  private RecognizerRegistry(Collection<Recognizer> recognizers) {
    Map<String, Recognizer> m = new LinkedHashMap<>();
    List<Recognizer> sorted = new ArrayList<>(recognizers);
    sorted.sort(Comparator.comparing(Recognizer::name));
    for (Recognizer r : sorted) {
      Recognizer prev = m.putIfAbsent(r.name(), r);
      if (prev != null && prev != r) {
        throw new IllegalArgumentException("two recognizers share the name '" + r.name() + "': "
            + prev.getClass().getName() + " and " + r.getClass().getName());
      }
    }
    this.byName = java.util.Collections.unmodifiableMap(m);
  }

  public static RecognizerRegistry of(Collection<Recognizer> recognizers) {
    return new RecognizerRegistry(recognizers);
  }

  /** Every recognizer registered under {@code META-INF/services/org.piishield.detect.Recognizer}. */
  public static RecognizerRegistry discover(ClassLoader loader) {
    List<Recognizer> found = new ArrayList<>();
    try {
      for (Recognizer r : ServiceLoader.load(Recognizer.class, loader)) {
        found.add(r);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("cannot load a recognizer: " + e.getMessage(), e);
    }
    return new RecognizerRegistry(found);
  }

  public static RecognizerRegistry discover() {
    return discover(RecognizerRegistry.class.getClassLoader());
  }

  public Collection<Recognizer> all() {
    return byName.values();
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /** The recognizer called {@code name}; an unknown name is an {@link IllegalArgumentException} listing the known ones. */
  public Recognizer get(String name) {
    Recognizer r = byName.get(name);
    if (r == null) {
      throw new IllegalArgumentException("unknown recognizer '" + name + "' (known: " + String.join(", ", names()) + ")");
    }
    return r;
  }
}
