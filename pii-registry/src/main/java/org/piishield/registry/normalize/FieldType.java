package org.piishield.registry.normalize;

import java.util.Locale;

/**
 * The kind of an enrolled identifier; {@link #id()} is the stable lower-case id used for domain separation
 * of keyed hashes, e.g. {@code PHONE.id()} is {@code "phone"} in {@code "phone|+15625550123"}.
 */
public enum FieldType {
  NAME, ADDRESS, PHONE, EMAIL, PLATE, RELATIVE;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** The stable lower-case id: {@code "name"}, {@code "address"}, {@code "phone"}, … */
  public String id() {
    return id;
  }
}
