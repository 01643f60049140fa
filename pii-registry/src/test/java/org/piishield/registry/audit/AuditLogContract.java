package org.piishield.registry.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.piishield.audit.AuditEvent;
import org.piishield.registry.audit.AuditVerification.Reason;
import org.piishield.registry.crypto.RegistryKey;
import org.piishield.registry.store.JdbcRegistryStore;

/**
 * The same {@link AuditLog} cases for every backend: appends, and tampering done directly in SQL (as someone
 * with write access to the database but without the registry key would), each detected at the right seq
 * with the right reason. Subclasses give a fresh, empty database per test. Keys are fake byte patterns.
 */
abstract class AuditLogContract {

  static final RegistryKey KEY = key(7);
  static final RegistryKey OTHER_KEY = key(9);
  static final Instant T0 = Instant.parse("2026-11-29T13:00:00Z");

  private final List<JdbcRegistryStore> opened = new ArrayList<>();

  /** JDBC URL of this test's database. */
  abstract String url();

  /** Database user (empty password). */
  abstract String user();

  static RegistryKey key(int fill) {
    byte[] b = new byte[RegistryKey.LENGTH];
    Arrays.fill(b, (byte) fill);
    return RegistryKey.of(b);
  }

  final JdbcRegistryStore store() {
    JdbcRegistryStore s = JdbcRegistryStore.open(url(), user(), "");
    opened.add(s);
    return s;
  }

  @AfterEach
  void closeStores() {
    for (JdbcRegistryStore s : opened) {
      s.close();
    }
  }

  static AuditEvent removal(int i) {
    return new AuditEvent(T0.plusSeconds(i), "alice", "remove",
        Map.of(AuditAttributes.PERSON_ID, "p-" + i, AuditAttributes.KEY_ID, KEY.keyId()));
  }

  /** A log with entries 1..n (person ids p-1..p-n). */
  final AuditLog logWith(int n) {
    AuditLog log = new AuditLog(store(), KEY);
    for (int i = 1; i <= n; i++) {
      log.append(removal(i));
    }
    return log;
  }

  /** Runs tampering SQL on a connection of its own, as an outsider would. */
  final void sql(String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(), user(), "");
        Statement st = c.createStatement()) {
      for (String s : statements) {
        st.executeUpdate(s);
      }
    }
  }

  final List<String[]> rows() throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url(), user(), "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT seq, at, actor, action, key_id, attributes, prev_hash, hash"
            + " FROM audit_log ORDER BY seq")) {
      while (rs.next()) {
        String[] r = new String[8];
        for (int i = 0; i < 8; i++) {
          r[i] = rs.getString(i + 1);
        }
        rows.add(r);
      }
    }
    return rows;
  }

  /** Overwrites every column but seq of entry {@code seq} with {@code r}'s. */
  final void overwrite(long seq, String[] r) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(), user(), "");
        PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET at = ?, actor = ?, action = ?,"
            + " key_id = ?, attributes = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
      for (int i = 1; i < 8; i++) {
        ps.setString(i, r[i]);
      }
      ps.setLong(8, seq);
      assertEquals(1, ps.executeUpdate());
    }
  }

  static void assertBroken(AuditVerification v, long seq, Reason reason) {
    assertTrue(!v.isOk(), v::summary);
    assertEquals(seq, v.broken().seq(), v::summary);
    assertEquals(reason, v.broken().reason(), v::summary);
    assertTrue(v.summary().startsWith("audit log broken at seq " + seq + ": "), v::summary);
  }

  @Test
  void verify_emptyLog_okWithZeroEntries() {
    AuditVerification v = new AuditLog(store(), KEY).verify();
    assertTrue(v.isOk(), v::summary);
    assertEquals(0, v.entries());
    assertEquals(AuditHead.EMPTY, v.head());
  }

  @Test
  void append_threeEvents_linkedInOrderAndVerifyOk() throws SQLException {
    AuditLog log = logWith(3);
    AuditVerification v = log.verify();
    assertTrue(v.isOk(), v::summary);
    assertEquals(3, v.entries());
    assertEquals(log.head(), v.head());
    assertEquals("audit log OK: 3 entries, head " + log.head(), v.summary());

    List<String[]> rows = rows();
    assertEquals(AuditHead.EMPTY.hash(), rows.get(0)[6]);
    assertEquals(rows.get(0)[7], rows.get(1)[6]);
    assertEquals(rows.get(1)[7], rows.get(2)[6]);
    assertEquals("2026-11-29T13:00:01.000Z", rows.get(0)[1]);
    assertEquals("{\"key_id\":\"" + KEY.keyId() + "\",\"person_id\":\"p-1\"}", rows.get(0)[5]);
  }

  @Test
  void append_afterReopen_continuesTheChain() {
    logWith(2);
    AuditLog reopened = new AuditLog(store(), KEY);
    reopened.append(removal(3));
    AuditVerification v = reopened.verify();
    assertTrue(v.isOk(), v::summary);
    assertEquals(3, v.head().seq());
  }

  @Test
  void verify_editedAttribute_brokenAtThatSeqAsEdited() throws SQLException {
    logWith(4);
    sql("UPDATE audit_log SET attributes = REPLACE(attributes, 'p-2', 'p-9') WHERE seq = 2");
    assertBroken(new AuditLog(store(), KEY).verify(), 2, Reason.EDITED);
  }

  @Test
  void verify_editedTimeOfFirstEntry_brokenAtOneAsEdited() throws SQLException {
    logWith(3);
    sql("UPDATE audit_log SET at = '2026-11-28T13:00:01.000Z' WHERE seq = 1");
    assertBroken(new AuditLog(store(), KEY).verify(), 1, Reason.EDITED);
  }

  @Test
  void verify_editedHashOfLastEntry_brokenThereAsEdited() throws SQLException {
    logWith(3);
    sql("UPDATE audit_log SET hash = '" + "ab".repeat(32) + "' WHERE seq = 3",
        "UPDATE audit_head SET hash = '" + "ab".repeat(32) + "'");
    assertBroken(new AuditLog(store(), KEY).verify(), 3, Reason.EDITED);
  }

  @Test
  void verify_deletedMiddleEntry_brokenAtItsSeqAsDeleted() throws SQLException {
    logWith(5);
    sql("DELETE FROM audit_log WHERE seq = 3");
    AuditVerification v = new AuditLog(store(), KEY).verify();
    assertBroken(v, 3, Reason.DELETED);
    assertEquals(2, v.entries());
  }

  @Test
  void verify_deletedFirstEntry_brokenAtOneAsDeleted() throws SQLException {
    logWith(3);
    sql("DELETE FROM audit_log WHERE seq = 1");
    assertBroken(new AuditLog(store(), KEY).verify(), 1, Reason.DELETED);
  }

  @Test
  void verify_deletedMiddleEntryAndRenumbered_brokenAsReordered() throws SQLException {
    logWith(4);
    sql("DELETE FROM audit_log WHERE seq = 2", "UPDATE audit_log SET seq = seq - 1 WHERE seq > 2",
        "UPDATE audit_head SET seq = 3");
    assertBroken(new AuditLog(store(), KEY).verify(), 2, Reason.REORDERED);
  }

  @Test
  void verify_deletedLastEntry_brokenAtItsSeqAsTruncated() throws SQLException {
    logWith(3);
    sql("DELETE FROM audit_log WHERE seq = 3");
    AuditVerification v = new AuditLog(store(), KEY).verify();
    assertBroken(v, 3, Reason.TRUNCATED);
    assertEquals(2, v.entries());
  }

  @Test
  void verify_deletedTailAndRewoundHead_okAloneButTruncatedAgainstKeptHead() throws SQLException {
    AuditLog log = logWith(3);
    AuditHead kept = log.head();
    sql("DELETE FROM audit_log WHERE seq = 3",
        "UPDATE audit_head SET seq = 2, hash = (SELECT hash FROM audit_log WHERE seq = 2)");
    // The documented limitation: the database alone cannot prove what it no longer holds.
    assertTrue(log.verify().isOk(), log.verify()::summary);
    assertBroken(log.verify(kept), 3, Reason.TRUNCATED);
  }

  @Test
  void verify_keptHeadWithOtherHash_anchorMismatch() {
    AuditLog log = logWith(3);
    AuditHead forged = new AuditHead(2, "cd".repeat(32));
    assertBroken(log.verify(forged), 2, Reason.ANCHOR_MISMATCH);
    assertTrue(log.verify(log.head()).isOk());
    assertTrue(log.verify(AuditHead.EMPTY).isOk());
  }

  @Test
  void verify_headRowDeleted_anchorMismatch() throws SQLException {
    AuditLog log = logWith(2);
    sql("DELETE FROM audit_head");
    assertBroken(log.verify(), 2, Reason.ANCHOR_MISMATCH);
    assertThrows(AuditException.class, () -> log.append(removal(3)));
  }

  @Test
  void verify_swappedEntries_brokenAtFirstAsReordered() throws SQLException {
    logWith(4);
    List<String[]> rows = rows();
    overwrite(2, rows.get(2));
    overwrite(3, rows.get(1));
    assertBroken(new AuditLog(store(), KEY).verify(), 2, Reason.REORDERED);
  }

  @Test
  void verify_rewrittenAndRelinkedUnderAnotherKey_brokenAsEdited() throws SQLException {
    logWith(4);
    // An outsider edits entry 2 and recomputes every later hash, but only with a key of their own.
    AuditChain forger = new AuditChain(OTHER_KEY);
    List<String[]> rows = rows();
    String prev = rows.get(0)[7];
    for (int i = 1; i < rows.size(); i++) {
      String[] r = rows.get(i).clone();
      if (i == 1) {
        r[5] = r[5].replace("p-2", "p-9");
      }
      r[6] = prev;
      r[7] = forger.link(prev, i + 1, r[1], r[2], r[3], r[4], r[5]);
      overwrite(i + 1, r);
      prev = r[7];
    }
    sql("UPDATE audit_head SET hash = '" + prev + "'");
    assertBroken(new AuditLog(store(), KEY).verify(), 2, Reason.EDITED);
  }

  @Test
  void verify_wrongKey_brokenAtOneAsWrongKey() {
    logWith(2);
    AuditVerification v = new AuditLog(store(), OTHER_KEY).verify();
    assertBroken(v, 1, Reason.WRONG_KEY);
    assertTrue(v.summary().contains(KEY.keyId()) && v.summary().contains(OTHER_KEY.keyId()), v::summary);
  }

  @Test
  void append_underAnotherKey_refusedAndNothingWritten() {
    AuditLog log = logWith(2);
    AuditLog other = new AuditLog(store(), OTHER_KEY);
    AuditException e = assertThrows(AuditException.class, () -> other.append(removal(3)));
    assertTrue(e.getMessage().contains("another registry key"), e::getMessage);
    assertEquals(2, log.head().seq());
    assertTrue(log.verify().isOk());
  }

  @Test
  void append_attributeOutsideAllowList_refusedAndNothingWritten() {
    AuditLog log = logWith(1);
    AuditEvent leaky = new AuditEvent(T0, "alice", "enroll", Map.of("full_name", "Ana Gil"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> log.append(leaky));
    assertTrue(!e.getMessage().contains("full_name") && !e.getMessage().contains("Ana"), e::getMessage);
    assertThrows(IllegalArgumentException.class,
        () -> log.append(new AuditEvent(T0, "alice", "enroll", Map.of("people", "Ana Gil"))));
    assertThrows(IllegalArgumentException.class,
        () -> log.append(new AuditEvent(T0, "alice", "Enroll!", Map.of())));
    assertThrows(IllegalArgumentException.class,
        () -> log.append(new AuditEvent(T0, "alice", "watch", Map.of("source", "a\uD800.txt"))));
    assertEquals(1, log.head().seq());
  }

  @Test
  void append_twoConnectionsAtOnce_oneUnforkedChain() throws Exception {
    int perThread = 40;
    AuditLog a = new AuditLog(store(), KEY);
    AuditLog b = new AuditLog(store(), KEY);
    a.verify(); // both connections open and migrated before the race
    CountDownLatch start = new CountDownLatch(1);
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (AuditLog log : List.of(a, b)) {
      Thread t = new Thread(() -> {
        try {
          start.await();
          for (int i = 1; i <= perThread; i++) {
            log.append(removal(i));
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(List.of(), failures);
    AuditVerification v = a.verify();
    assertTrue(v.isOk(), v::summary);
    assertEquals(2L * perThread, v.entries());
    assertEquals(2L * perThread, rows().size());
  }

  @Test
  void export_threeEntries_oneLinePerEntryEndingAtTheHead() throws Exception {
    AuditLog log = logWith(3);
    StringWriter out = new StringWriter();
    assertEquals(3, AuditExport.write(store(), out));
    List<String> lines = out.toString().lines().toList();
    assertEquals(3, lines.size());
    String[] first = rows().get(0);
    assertEquals("{\"seq\":1,\"at\":\"2026-11-29T13:00:01.000Z\",\"actor\":\"alice\",\"action\":\"remove\","
        + "\"key_id\":\"" + KEY.keyId() + "\",\"attributes\":{\"key_id\":\"" + KEY.keyId()
        + "\",\"person_id\":\"p-1\"},\"prev_hash\":\"" + AuditHead.EMPTY.hash() + "\",\"hash\":\"" + first[7]
        + "\"}", lines.get(0));
    assertTrue(lines.get(2).endsWith("\"hash\":\"" + log.head().hash() + "\"}"), lines.get(2));
  }

  @Test
  void export_tamperedAttributes_namesTheSeq() throws SQLException {
    logWith(2);
    sql("UPDATE audit_log SET attributes = 'not json' WHERE seq = 2");
    AuditException e = assertThrows(AuditException.class, () -> AuditExport.write(store(), new StringWriter()));
    assertTrue(e.getMessage().contains("seq 2"), e::getMessage);
  }
}
