package org.piishield.registry.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.piishield.registry.normalize.FieldType;

/**
 * Everything stored for one enrolled person, in one compact immutable byte string: the person's token rows
 * (field type, 64-bit probe, 32-byte HMAC) and the 64-bit probes of the words of their enrolled names
 * ("name parts", which let a document scanner skip words that belong to no enrolled name). Stores keep the
 * encoding as one value per person, so enrolling a person is one row write and reading one back is one read.
 *
 * <p>Encoding (big-endian): version byte {@code 1}; {@code int} row count; per row the field type ordinal
 * (one byte), the probe ({@code long}) and the 32-byte token; {@code int} part count; the part probes
 * ({@code long} each). 41 bytes a row, 8 a part.
 *
 * <p>Example: {@code PersonTokens.of(List.of(new TokenRow(PHONE, p, t)), new long[] {a, b})} has
 * {@code size()} 1, {@code fieldType(0)} PHONE, {@code nameParts()} 2, and {@code tokenCheck(0)} the first
 * 32 bits of {@code t}.
 * Holds no plaintext; {@code toString()} shows counts only. Thread-safe (immutable).
 */
public final class PersonTokens {

  /** Bytes per encoded token row. */
  public static final int ROW_BYTES = 1 + Long.BYTES + 32;
  private static final byte VERSION = 1;
  private static final int HEADER = 1 + Integer.BYTES;
  private static final FieldType[] TYPES = FieldType.values();

  private final byte[] encoded;
  private final int rows;
  private final int partsOffset;
  private final int parts;

  private PersonTokens(byte[] encoded, int rows, int parts) {
    this.encoded = encoded;
    this.rows = rows;
    this.partsOffset = HEADER + rows * ROW_BYTES + Integer.BYTES;
    this.parts = parts;
  }

  /** The tokens {@code rows} (duplicates kept as given) and name-part probes {@code nameParts}. */
  public static PersonTokens of(Collection<TokenRow> rows, long[] nameParts) {
    ByteBuffer b = ByteBuffer.allocate(HEADER + rows.size() * ROW_BYTES + Integer.BYTES
        + nameParts.length * Long.BYTES);
    b.put(VERSION).putInt(rows.size());
    for (TokenRow row : rows) {
      b.put((byte) row.fieldType().ordinal()).putLong(row.probe()).put(row.token());
    }
    b.putInt(nameParts.length);
    for (long part : nameParts) {
      b.putLong(part);
    }
    return new PersonTokens(b.array(), rows.size(), nameParts.length);
  }

  /** Token rows only, no name parts. */
  public static PersonTokens of(Collection<TokenRow> rows) {
    return of(rows, new long[0]);
  }

  /**
   * Reads an {@link #encoded()} value; throws {@link IllegalArgumentException} (naming only sizes, never
   * content) when it is truncated, has trailing bytes, an unknown version or an unknown field type.
   */
  public static PersonTokens decode(byte[] bytes) {
    return decodeOwned(bytes == null ? null : bytes.clone());
  }

  /** {@link #decode} without the defensive copy, for stores that hand over a fresh array. */
  static PersonTokens decodeOwned(byte[] bytes) {
    if (bytes == null || bytes.length < HEADER + Integer.BYTES || bytes[0] != VERSION) {
      throw new IllegalArgumentException("stored person tokens: unknown version or too short");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    b.get();
    long rows = b.getInt();
    long partsAt = HEADER + rows * ROW_BYTES;
    if (rows < 0 || partsAt + Integer.BYTES > bytes.length) {
      throw new IllegalArgumentException("stored person tokens: truncated (" + bytes.length + " bytes)");
    }
    int parts = b.getInt((int) partsAt);
    if (parts < 0 || partsAt + Integer.BYTES + (long) parts * Long.BYTES != bytes.length) {
      throw new IllegalArgumentException("stored person tokens: bad length (" + bytes.length + " bytes)");
    }
    for (int i = 0; i < rows; i++) {
      int type = bytes[HEADER + i * ROW_BYTES];
      if (type < 0 || type >= TYPES.length) {
        throw new IllegalArgumentException("stored person tokens: unknown field type " + type);
      }
    }
    return new PersonTokens(bytes, (int) rows, parts);
  }

  /** The encoding; a copy. */
  public byte[] encoded() {
    return encoded.clone();
  }

  /** The encoding itself, for stores; callers must not modify it. */
  byte[] encodedView() {
    return encoded;
  }

  /** Length of {@link #encoded()} in bytes. */
  public int encodedLength() {
    return encoded.length;
  }

  /** Number of token rows. */
  public int size() {
    return rows;
  }

  /** Field type of row {@code i}. */
  public FieldType fieldType(int i) {
    return TYPES[encoded[rowAt(i)]];
  }

  /** Probe of row {@code i}. */
  public long probe(int i) {
    return ByteBuffer.wrap(encoded).getLong(rowAt(i) + 1);
  }

  /** The first 32 bits (big-endian) of row {@code i}'s token, the in-memory check of a probe hit. */
  public int tokenCheck(int i) {
    return ByteBuffer.wrap(encoded).getInt(rowAt(i) + 1 + Long.BYTES);
  }

  /** Row {@code i} as a {@link TokenRow}. */
  public TokenRow row(int i) {
    int at = rowAt(i);
    byte[] token = new byte[32];
    System.arraycopy(encoded, at + 1 + Long.BYTES, token, 0, 32);
    return new TokenRow(fieldType(i), probe(i), token);
  }

  /** Every row, in stored order. */
  public List<TokenRow> rows() {
    List<TokenRow> out = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      out.add(row(i));
    }
    return out;
  }

  /** Number of name-part probes. */
  public int nameParts() {
    return parts;
  }

  /** Name-part probe {@code j}. */
  public long namePart(int j) {
    if (j < 0 || j >= parts) {
      throw new IndexOutOfBoundsException(j);
    }
    return ByteBuffer.wrap(encoded).getLong(partsOffset + j * Long.BYTES);
  }

  /** Rows per field type, every type present (zero when absent). */
  public Map<FieldType, Integer> countsPerField() {
    Map<FieldType, Integer> counts = new EnumMap<>(FieldType.class);
    for (FieldType t : TYPES) {
      counts.put(t, 0);
    }
    for (int i = 0; i < rows; i++) {
      counts.merge(fieldType(i), 1, Integer::sum);
    }
    return counts;
  }

  private int rowAt(int i) {
    if (i < 0 || i >= rows) {
      throw new IndexOutOfBoundsException(i);
    }
    return HEADER + i * ROW_BYTES;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonTokens p && java.util.Arrays.equals(p.encoded, encoded);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(encoded);
  }

  @Override
  public String toString() {
    return "PersonTokens[rows=" + rows + ", nameParts=" + parts + "]";
  }
}
