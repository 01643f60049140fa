package org.piishield.formats;

import java.io.Writer;
import java.nio.CharBuffer;

/** A {@link Writer} that appends what it is given to a {@link TextLayout.Builder} as chars without a box. */
final class LayoutWriter extends Writer {

  private final TextLayout.Builder layout;

  LayoutWriter(TextLayout.Builder layout) {
    this.layout = layout;
  }

  @Override
  public void write(char[] cbuf, int off, int len) {
    layout.appendUnplaced(CharBuffer.wrap(cbuf, off, len));
  }

  @Override
  public void write(String str, int off, int len) {
    layout.appendUnplaced(str.subSequence(off, off + len));
  }

  @Override
  public void flush() {
    // nothing buffered
  }

  @Override
  public void close() {
    // the builder has no resources
  }
}
