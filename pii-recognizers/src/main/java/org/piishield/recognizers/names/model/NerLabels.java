package org.piishield.recognizers.names.model;

import org.piishield.detect.EntityType;

/**
 * The BIO labels of the tagger, as small ints: {@link #O} outside, then begin and inside for PERSON,
 * LOCATION and ORGANIZATION. Example: {@code "Dr. Ana Ruiz vive en Madrid"} is tagged
 * {@code O B-PER I-PER O O B-LOC} (the dot is no token).
 */
public final class NerLabels {

  public static final int O = 0;
  public static final int B_PER = 1;
  public static final int I_PER = 2;
  public static final int B_LOC = 3;
  public static final int I_LOC = 4;
  public static final int B_ORG = 5;
  public static final int I_ORG = 6;
  /** Number of labels. */
  public static final int COUNT = 7;
  /**
   * Weights per feature bucket in a model: {@link #COUNT} rounded up to a power of two, so a bucket is 32
   * aligned bytes and one feature costs one cache line (the eighth weight stays zero).
   */
  static final int STRIDE = 8;
  static final int STRIDE_SHIFT = 3;
  /** The "no label yet" history value before the first token of a window. */
  static final int START = COUNT;

  private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION};

  private NerLabels() {}

  /** The begin label of {@code type}, or {@link #O} for a type the tagger does not learn. */
  public static int begin(EntityType type) {
    for (int k = 0; k < TYPES.length; k++) {
      if (TYPES[k].equals(type)) {
        return 1 + 2 * k;
      }
    }
    return O;
  }

  /** The entity type of a begin or inside label; {@code null} for {@link #O}. */
  static EntityType type(int label) {
    return label == O ? null : TYPES[(label - 1) / 2];
  }

  static boolean isBegin(int label) {
    return label != O && (label & 1) == 1;
  }

  /** The inside label continuing {@code label}'s entity. */
  static int inside(int label) {
    return label == O ? O : isBegin(label) ? label + 1 : label;
  }

  /** BIO well-formedness: an inside label only continues an entity of its own type. */
  static boolean isAllowed(int previous, int label) {
    if (label == O || isBegin(label)) {
      return true;
    }
    return previous == label || previous == label - 1;
  }
}
