package org.piishield.registry.enroll;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * RFC 4180 record reader: fields separated by {@code ,}, records by CRLF, LF or CR, fields optionally in
 * double quotes with {@code ""} for a quote (quoted fields may span lines). A leading BOM is skipped. Tracks
 * the physical line each record starts on. Lenient about a quote inside an unquoted field (kept literally);
 * text after a closing quote or an unclosed quote marks the record {@link #malformed()}. Bounded: at most
 * {@code maxChars} chars in all, at most {@code maxFieldChars} kept per field, at most 16 fields kept per
 * record. Not thread-safe; one per read.
 */
final class CsvLexer {
  private static final int MAX_FIELDS_KEPT = 16;
  private static final int NONE = -2;

  private final Reader in;
  private final long maxChars;
  private final int maxFieldChars;
  private final StringBuilder field = new StringBuilder();
  private long charsRead;
  private long line = 1;
  private long startLine;
  private int columns;
  private boolean malformed;
  private boolean tooLong;
  private int pushedBack = NONE;
  private boolean started;

  CsvLexer(Reader in, long maxChars, int maxFieldChars) {
    this.in = in;
    this.maxChars = maxChars;
    this.maxFieldChars = maxFieldChars;
  }

  /** Line the last record started on (the first line is 1). */
  long startLine() {
    return startLine;
  }

  /** Number of fields in the last record (may exceed the number kept). */
  int columns() {
    return columns;
  }

  boolean malformed() {
    return malformed;
  }

  boolean tooLong() {
    return tooLong;
  }

  /** Reads the next record into {@code out} (cleared first); false at end of input. */
  boolean next(List<String> out) throws IOException {
    out.clear();
    columns = 0;
    malformed = false;
    tooLong = false;
    field.setLength(0);
    int c = read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = read();
      }
    }
    if (c == -1) {
      return false;
    }
    startLine = line;
    boolean inQuotes = false;
    boolean afterQuote = false;
    boolean fieldStart = true;
    while (true) {
      if (inQuotes) {
        if (c == -1) {
          malformed = true;
          endField(out);
          return true;
        }
        if (c == '"') {
          int n = read();
          if (n == '"') {
            append('"');
          } else {
            inQuotes = false;
            afterQuote = true;
            c = n;
            continue;
          }
        } else {
          if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
          }
          append((char) c);
        }
      } else if (c == ',') {
        endField(out);
        afterQuote = false;
        fieldStart = true;
      } else if (c == '\n' || c == '\r' || c == -1) {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        if (c != -1) {
          line++;
        }
        endField(out);
        return true;
      } else if (afterQuote) {
        malformed = true;
      } else if (c == '"' && fieldStart) {
        inQuotes = true;
        fieldStart = false;
      } else {
        append((char) c);
        fieldStart = false;
      }
      c = read();
    }
  }

  private void append(char c) {
    if (field.length() < maxFieldChars) {
      field.append(c);
    } else {
      tooLong = true;
    }
  }

  private void endField(List<String> out) {
    columns++;
    if (out.size() < MAX_FIELDS_KEPT) {
      out.add(field.toString());
    }
    field.setLength(0);
  }

  private int peek() throws IOException {
    if (pushedBack == NONE) {
      pushedBack = readRaw();
    }
    return pushedBack;
  }

  private int read() throws IOException {
    if (pushedBack != NONE) {
      int c = pushedBack;
      pushedBack = NONE;
      return c;
    }
    return readRaw();
  }

  private int readRaw() throws IOException {
    int c = in.read();
    if (c != -1 && ++charsRead > maxChars) {
      throw new EnrolmentException("the people CSV is over the limit of " + maxChars
          + " characters; split it into smaller files");
    }
    return c;
  }
}
