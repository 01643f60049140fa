package org.piishield.registry.enroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All values are synthetic: 555-01xx phones, example.org e-mails, made-up names and addresses. */
class PeopleCsvReaderTest {

  static final String HEADER = PeopleCsvReader.HEADER;

  private static PeopleCsvReader.Result read(String csv) throws IOException {
    return new PeopleCsvReader().read(new StringReader(csv));
  }

  @Test
  void read_quotedFieldsListsAndBom_exactRecords(@TempDir Path dir) throws IOException {
    String csv = "\uFEFF" + HEADER + "\r\n"
        + "p-1,\"Gil, Ana\",\"Anita; Ana G.\",\"12 Oak St, Apt 4, Springfield, IL 62704\","
        + "(562) 555-0101;562.555.0102,ana@example.org,ABC-1234,Luis Gil\r\n"
        + "p-2,María \"\"Majo\"\" Núñez,,,,,,\r\n"
        + "p-3,\"Bo\nLi\",,,,,,\n";
    Path file = dir.resolve("people.csv");
    Files.write(file, csv.getBytes(StandardCharsets.UTF_8));

    PeopleCsvReader.Result result = new PeopleCsvReader().read(file);

    assertEquals(List.of(), result.errors());
    assertEquals(List.of(
        new EnrolmentRecord(2, "p-1", "Gil, Ana", List.of("Anita", "Ana G."),
            List.of("12 Oak St, Apt 4, Springfield, IL 62704"), List.of("(562) 555-0101", "562.555.0102"),
            List.of("ana@example.org"), List.of("ABC-1234"), List.of("Luis Gil")),
        new EnrolmentRecord(3, "p-2", "María \"\"Majo\"\" Núñez", List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of()),
        new EnrolmentRecord(4, "p-3", "Bo\nLi", List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of())),
        result.records());
  }

  /** The streaming read checks rows like read() but leaves value normalisation to the enroller. */
  @Test
  void stream_badValueAndBadRows_valueRowPassedOnRowErrorsInOrder() throws IOException {
    String csv = HEADER + "\n"
        + "p-1,Ana Gil,,,555,,,\n"
        + ",Bo Li,,,,,,\n"
        + "p-1,Ana Gil,,,,,,\n"
        + "p-4,Cy Ray,,,(562) 555-0101,,,\n";
    List<EnrolmentRecord> records = new java.util.ArrayList<>();
    List<RowError> errors = new java.util.ArrayList<>();
    new PeopleCsvReader().stream(new StringReader(csv), new PeopleCsvReader.RowSink() {
      @Override
      public void record(EnrolmentRecord record) {
        records.add(record);
      }

      @Override
      public void error(RowError error) {
        errors.add(error);
      }
    });
    assertEquals(List.of(2L, 5L), records.stream().map(EnrolmentRecord::line).toList());
    assertEquals(List.of("555"), records.get(0).phones());
    assertEquals(List.of(new RowError(3, RowError.MISSING_PERSON_ID),
        new RowError(4, RowError.DUPLICATE_PERSON_ID + " (first on line 2)")), errors);
    assertEquals(List.of(new RowError(2, "bad phone"), new RowError(3, RowError.MISSING_PERSON_ID),
        new RowError(4, RowError.DUPLICATE_PERSON_ID + " (first on line 2)")), read(csv).errors());
  }

  @Test
  void read_doubledQuoteInsideQuotes_oneQuote() throws IOException {
    PeopleCsvReader.Result result = read(HEADER + "\np-1,\"Ana \"\"Nena\"\" Gil\",,,,,,\n");
    assertEquals("Ana \"Nena\" Gil", result.records().get(0).fullName());
  }

  @Test
  void read_badRows_lineNumbersAndRestKept() throws IOException {
    String csv = HEADER + "\n"
        + "p-1,Ana Gil,,,(562) 555-0101,,,\n"
        + ",Bo Li,,,,,,\n"
        + "p-3,Cy Ray,,,555,,,\n"
        + "p-4,Di Fox,,,,,\n"
        + "p-1,Ed Lam,,,,,,\n"
        + "p-6,,,,,,,\n"
        + "p-7,Flo Kim,,,,not-an-email,,\n"
        + "p-8,\"Gus\"x,,,,,,\n"
        + "\n"
        + "p-9,Hal Ng,,,,,,\n";

    PeopleCsvReader.Result result = read(csv);

    assertEquals(List.of(
        new RowError(3, RowError.MISSING_PERSON_ID),
        new RowError(4, "bad phone"),
        new RowError(5, RowError.WRONG_COLUMN_COUNT),
        new RowError(6, RowError.DUPLICATE_PERSON_ID + " (first on line 2)"),
        new RowError(7, RowError.MISSING_FULL_NAME),
        new RowError(8, "bad email"),
        new RowError(9, RowError.MALFORMED_QUOTES)),
        result.errors());
    assertEquals(List.of("p-1", "p-9"), result.records().stream().map(EnrolmentRecord::personId).toList());
    assertEquals(List.of(2L, 11L), result.records().stream().map(EnrolmentRecord::line).toList());
  }

  @Test
  void read_quotedNewline_nextRowLineCountsBoth() throws IOException {
    PeopleCsvReader.Result result = read(HEADER + "\np-1,\"Ana\nGil\",,,,,,\n,Bo Li,,,,,,\n");
    assertEquals(List.of(new RowError(4, RowError.MISSING_PERSON_ID)), result.errors());
  }

  @Test
  void read_unclosedQuote_malformedRow() throws IOException {
    PeopleCsvReader.Result result = read(HEADER + "\np-1,\"Ana Gil,,,,,,\n");
    assertEquals(List.of(new RowError(2, RowError.MALFORMED_QUOTES)), result.errors());
  }

  @Test
  void read_badHeader_errorNamesExpectedHeaderNotContent() {
    EnrolmentException e = assertThrows(EnrolmentException.class,
        () -> read("p-1,Ana Gil,,,(562) 555-0101,,,\n"));
    assertTrue(e.getMessage().contains(HEADER), e.getMessage());
    assertFalse(e.getMessage().contains("Ana"), e.getMessage());
    assertFalse(e.getMessage().contains("555"), e.getMessage());
  }

  @Test
  void read_emptyInput_headerError() {
    EnrolmentException e = assertThrows(EnrolmentException.class, () -> read(""));
    assertTrue(e.getMessage().contains(HEADER));
  }

  @Test
  void read_headerCaseAndSpaces_accepted() throws IOException {
    PeopleCsvReader.Result result = read(
        "Person_ID, full_name ,aliases,addresses,phones,emails,plates,relatives\np-1,Ana Gil,,,,,,\n");
    assertEquals(1, result.records().size());
  }

  @Test
  void read_overRowLimit_refused() {
    String csv = HEADER + "\np-1,Ana Gil,,,,,,\np-2,Bo Li,,,,,,\np-3,Cy Ray,,,,,,\n";
    EnrolmentException e = assertThrows(EnrolmentException.class,
        () -> new PeopleCsvReader(1 << 20, 2).read(new StringReader(csv)));
    assertTrue(e.getMessage().contains("more than 2 rows"), e.getMessage());
  }

  @Test
  void read_overSizeLimit_refused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("people.csv");
    Files.writeString(file, HEADER + "\np-1,Ana Gil,,,,,,\n");
    assertThrows(EnrolmentException.class, () -> new PeopleCsvReader(20, 10).read(file));
    assertThrows(EnrolmentException.class,
        () -> new PeopleCsvReader(20, 10).read(new StringReader(HEADER + "\n")));
  }

  @Test
  void read_fieldOverLimit_rowError() throws IOException {
    String longName = "A".repeat(PeopleCsvReader.MAX_FIELD_CHARS + 1);
    PeopleCsvReader.Result result = read(HEADER + "\np-1," + longName + ",,,,,,\n");
    assertEquals(List.of(new RowError(2, RowError.FIELD_TOO_LONG)), result.errors());
  }

  @Test
  void read_invalidUtf8_refused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("people.csv");
    byte[] head = (HEADER + "\np-1,Ana ").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 1);
    bytes[head.length] = (byte) 0xC3;
    Files.write(file, bytes);
    EnrolmentException e = assertThrows(EnrolmentException.class, () -> new PeopleCsvReader().read(file));
    assertTrue(e.getMessage().contains("UTF-8"));
  }

  @Test
  void read_shippedExample_allRowsValid() throws IOException {
    PeopleCsvReader.Result result = new PeopleCsvReader().read(Path.of("../examples/registry/people.csv"));
    assertEquals(List.of(), result.errors());
    assertEquals(6, result.records().size());
  }

  @Test
  void recordToString_noValues() throws IOException {
    EnrolmentRecord r = read(HEADER + "\np-1,Ana Gil,Nena,,(562) 555-0101,ana@example.org,,\n").records().get(0);
    String s = r.toString();
    assertFalse(s.contains("Ana") || s.contains("Nena") || s.contains("555") || s.contains("example"), s);
  }
}
