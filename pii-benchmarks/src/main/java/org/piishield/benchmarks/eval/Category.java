package org.piishield.benchmarks.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.piishield.detect.EntityType;

/**
 * A scored category of one dataset: the gold labels it groups and the PII Shield entity types that count
 * as finding it. MEDDOCAN's {@code ID} category, for example, groups {@code ID_SUJETO_ASISTENCIA},
 * {@code ID_ASEGURAMIENTO}, … and accepts any of our identifier types ({@code ES_DNI}, {@code US_SSN}, …).
 *
 * <p>Order of {@link #types()} and {@link #goldLabels()} is the declaration order (used in reports).
 */
record Category(String name, List<EntityType> types, List<String> goldLabels) {

  Category {
    Objects.requireNonNull(name, "name");
    types = List.copyOf(types);
    goldLabels = List.copyOf(goldLabels);
    if (types.isEmpty() || goldLabels.isEmpty()) {
      throw new IllegalArgumentException("category " + name + " needs at least one type and one gold label");
    }
    if (Set.copyOf(types).size() != types.size()) {
      throw new IllegalArgumentException("category " + name + " lists a type twice");
    }
  }

  boolean accepts(EntityType type) {
    return types.contains(type);
  }
}
