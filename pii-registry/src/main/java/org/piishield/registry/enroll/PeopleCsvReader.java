package org.piishield.registry.enroll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the people CSV: RFC 4180 quoting, UTF-8 with an optional BOM, the header {@value #HEADER}, and
 * {@code ;}-separated lists in every column but {@code person_id} and {@code full_name}.
 *
 * <p>Example (line numbers on the left; the header is line 1):
 * <pre>
 * 1  person_id,full_name,aliases,addresses,phones,emails,plates,relatives
 * 2  p-1,"Gil, Ana",Anita,"12 Oak St, Apt 4, Springfield, IL 62704",(562) 555-0101,,ABC-1234,Luis Gil
 * 3  ,Bo Li,,,,,,
 * 4  p-3,Cy Ray,,,555,,,
 * </pre>
 * gives one record ({@code p-1}, full name {@code "Gil, Ana"}) and the errors {@code line 3: missing
 * person_id} and {@code line 4: bad phone}. Row errors never quote a value; a bad header is an
 * {@link EnrolmentException} naming the expected header. The reader is bounded: a file over
 * {@code maxBytes} or with more than {@code maxRows} data rows is refused, and a field over
 * {@value #MAX_FIELD_CHARS} chars makes its row an error. {@link #read} returns every row at once;
 * {@link #stream(Path, RowSink)} hands them over one by one for files too large for that. Instances are
 * immutable and thread-safe.
 */
public final class PeopleCsvReader {

  /** The only accepted header. */
  public static final String HEADER = "person_id,full_name,aliases,addresses,phones,emails,plates,relatives";
  /** Default limit on the file size (64 MiB). */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;
  /** Default limit on data rows. */
  public static final int DEFAULT_MAX_ROWS = 2_000_000;
  /** Longest accepted field, in chars. */
  public static final int MAX_FIELD_CHARS = 4096;
  /** Longest accepted person id, in chars. */
  public static final int MAX_PERSON_ID_CHARS = 128;

  private static final int COLUMNS = 8;

  /** What a read produced: the valid records in file order and the skipped rows. */
  public record Result(List<EnrolmentRecord> records, List<RowError> errors) {
    public Result {
      records = List.copyOf(records);
      errors = List.copyOf(errors);
    }

    @Override
    public String toString() {
      return "PeopleCsvReader.Result[records=" + records.size() + ", errors=" + errors + "]";
    }
  }

  /**
   * Receives the rows of a streaming read ({@link #stream(Path, RowSink)}), in file order, on the reading
   * thread.
   */
  public interface RowSink {
    /** A row that passed the reader's checks (values not yet normalised). */
    void record(EnrolmentRecord record);

    /** A row that was skipped. */
    void error(RowError error);
  }

  private final long maxBytes;
  private final int maxRows;

  /** A reader with {@link #DEFAULT_MAX_BYTES} and {@link #DEFAULT_MAX_ROWS}. */
  public PeopleCsvReader() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
  }

  public PeopleCsvReader(long maxBytes, int maxRows) {
    if (maxBytes < 1 || maxRows < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxBytes = maxBytes;
    this.maxRows = maxRows;
  }

  /** Reads {@code file} as UTF-8; malformed UTF-8 or a file over the size limit is an {@link EnrolmentException}. */
  public Result read(Path file) throws IOException {
    Collector collector = new Collector();
    stream(file, collector, true);
    return collector.result();
  }

  /**
   * Streams {@code file} (UTF-8) to {@code sink} row by row, holding no rows, for enrolments too large to read
   * at once (see {@code Enroller.enrol(Path, PeopleCsvReader)}). Checks everything {@link #read(Path)} checks
   * except that values are not normalised here: the enroller reports a value that does not normalise with the
   * same reason ({@code "bad phone"}) and line. The size and row limits apply as in {@link #read(Path)}.
   */
  public void stream(Path file, RowSink sink) throws IOException {
    stream(file, sink, false);
  }

  private void stream(Path file, RowSink sink, boolean checkValues) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new EnrolmentException("the people CSV is " + size + " bytes, over the limit of " + maxBytes
          + " bytes; split it into smaller files");
    }
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
      stream(in, sink, checkValues);
    } catch (CharacterCodingException e) {
      throw new EnrolmentException("the people CSV is not valid UTF-8; save it as UTF-8 and retry");
    }
  }

  /** Reads CSV text from {@code in} (not closed); more than {@code maxBytes} chars is an {@link EnrolmentException}. */
  public Result read(Reader in) throws IOException {
    Collector collector = new Collector();
    stream(in, collector, true);
    return collector.result();
  }

  /** {@link #stream(Path, RowSink)} over CSV text from {@code in} (not closed). */
  public void stream(Reader in, RowSink sink) throws IOException {
    stream(in, sink, false);
  }

  private void stream(Reader in, RowSink sink, boolean checkValues) throws IOException {
    Reader buffered = in instanceof BufferedReader ? in : new BufferedReader(in);
    CsvLexer lexer = new CsvLexer(buffered, maxBytes, MAX_FIELD_CHARS);
    List<String> fields = new ArrayList<>(COLUMNS);
    if (!lexer.next(fields) || !isHeader(fields, lexer)) {
      throw new EnrolmentException("the people CSV must start with the header line: " + HEADER);
    }
    Map<String, Long> firstLine = new HashMap<>();
    int rows = 0;
    while (lexer.next(fields)) {
      if (lexer.columns() == 1 && fields.get(0).isBlank() && !lexer.malformed()) {
        continue; // blank line
      }
      if (++rows > maxRows) {
        throw new EnrolmentException("the people CSV has more than " + maxRows
            + " rows; split it into smaller files");
      }
      long line = lexer.startLine();
      String reason = check(fields, lexer, firstLine, line);
      EnrolmentRecord record = null;
      if (reason == null) {
        record = new EnrolmentRecord(line, fields.get(0).strip(), fields.get(1).strip(),
            split(fields.get(2)), split(fields.get(3)), split(fields.get(4)), split(fields.get(5)),
            split(fields.get(6)), split(fields.get(7)));
        if (checkValues) {
          reason = badValue(record);
        }
      }
      if (reason != null) {
        sink.error(new RowError(line, reason));
      } else {
        sink.record(record);
      }
    }
  }

  /** Collects a whole read. */
  private static final class Collector implements RowSink {
    private final List<EnrolmentRecord> records = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    @Override
    public void record(EnrolmentRecord record) {
      records.add(record);
    }

    @Override
    public void error(RowError error) {
      errors.add(error);
    }

    Result result() {
      return new Result(records, errors);
    }
  }

  private static boolean isHeader(List<String> fields, CsvLexer lexer) {
    if (lexer.columns() != COLUMNS || lexer.malformed()) {
      return false;
    }
    return String.join(",", fields.stream().map(String::strip).toList()).equalsIgnoreCase(HEADER);
  }

  /** The reason the row cannot enrol, or null. */
  private static String check(List<String> fields, CsvLexer lexer, Map<String, Long> firstLine, long line) {
    if (lexer.malformed()) {
      return RowError.MALFORMED_QUOTES;
    }
    if (lexer.columns() != COLUMNS) {
      return RowError.WRONG_COLUMN_COUNT;
    }
    if (lexer.tooLong()) {
      return RowError.FIELD_TOO_LONG;
    }
    String personId = fields.get(0).strip();
    if (personId.isEmpty()) {
      return RowError.MISSING_PERSON_ID;
    }
    if (personId.length() > MAX_PERSON_ID_CHARS || personId.chars().anyMatch(Character::isISOControl)) {
      return RowError.BAD_PERSON_ID;
    }
    Long first = firstLine.putIfAbsent(personId, line);
    if (first != null) {
      return RowError.DUPLICATE_PERSON_ID + " (first on line " + first + ")";
    }
    if (fields.get(1).isBlank()) {
      return RowError.MISSING_FULL_NAME;
    }
    return null;
  }

  /** The reason the first value of {@code record} (in column order) that does not normalise fails, or null. */
  private static String badValue(EnrolmentRecord record) {
    for (Column column : Column.values()) {
      for (String value : column.values(record)) {
        if (SafeVariants.of(column.type(), value).isEmpty()) {
          return RowError.bad(column.noun());
        }
      }
    }
    return null;
  }

  /** Splits a {@code ;} list, trimming items and dropping empty ones. */
  static List<String> split(String field) {
    List<String> out = new ArrayList<>(2);
    int start = 0;
    for (int i = 0; i <= field.length(); i++) {
      if (i == field.length() || field.charAt(i) == ';') {
        String item = field.substring(start, i).strip();
        if (!item.isEmpty()) {
          out.add(item);
        }
        start = i + 1;
      }
    }
    return out;
  }
}
