package org.piishield.registry.match;

/**
 * A reusable {@link CharSequence} view of {@code buf[off, off+len)}, handed to filters and sinks without a
 * copy. Not thread-safe; valid until the owner calls {@link #set} again.
 */
final class CharSlice implements CharSequence {

  private char[] buf = new char[0];
  private int off;
  private int len;

  CharSlice set(char[] buf, int off, int len) {
    this.buf = buf;
    this.off = off;
    this.len = len;
    return this;
  }

  @Override
  public int length() {
    return len;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= len) {
      throw new IndexOutOfBoundsException(index);
    }
    return buf[off + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  /** A copy of the chars; for sinks that keep the value (never for logging). */
  @Override
  public String toString() {
    return new String(buf, off, len);
  }
}
