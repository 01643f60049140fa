package org.piishield.registry.normalize;

import java.util.Locale;

/**
 * The kind of an enrolled identifier; {@link #id()} is the stable lower-case id used for domain separation
 * of keyed hashes, e.g. {@code PHONE.id()} is {@code "phone"} in {@code "phone|+15625550123"}.
 */
public enum FieldType {
  NAME, ADDRESS, PHONE, EMAIL, PLATE, RELATIVE;

  /** Probe domain of the words of enrolled names, see {@link #probeDomain()}. */
  public static final String NAME_PART_DOMAIN = "part";

  private final String id = name().toLowerCase(Locale.ROOT);

  /** The stable lower-case id: {@code "name"}, {@code "address"}, {@code "phone"}, … */
  public String id() {
    return id;
  }

  /**
   * The domain of this field's 64-bit in-memory probes: its {@link #id()}, except that {@code RELATIVE}
   * shares {@code "name"} with {@code NAME}, so one probe of a name window in a document finds enrolled people
   * and enrolled relatives alike (the keyed HMAC tokens stay domain-separated by {@link #id()}).
   */
  public String probeDomain() {
    return this == RELATIVE ? NAME.id : id;
  }
}
