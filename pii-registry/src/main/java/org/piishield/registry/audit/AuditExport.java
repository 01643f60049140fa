package org.piishield.registry.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.piishield.registry.store.JdbcRegistryStore;

/**
 * Writes the audit log as JSON Lines, one entry per line in sequence order, for an auditor to archive. Each
 * line carries the stored column texts verbatim, so anyone holding the registry key can recompute every hash
 * from the export alone (see {@link AuditChain}), and the last line's {@code seq:hash} is the head to keep:
 * <pre>
 * {"seq":1,"at":"2026-11-29T13:20:00.000Z","actor":"alice","action":"enroll","key_id":"3fa109c2d4e5f607",
 *  "attributes":{"key_id":"3fa109c2d4e5f607","people":"6",…},"prev_hash":"00…00","hash":"9c0e…"}
 * </pre>
 * (one line in the file). Needs no key: exporting is reading. The caller owns and closes the writer.
 */
public final class AuditExport {

  private AuditExport() {}

  /**
   * Writes every entry of {@code store}'s log to {@code out} and returns how many. An entry whose attributes
   * are not canonical JSON (tampered) is an {@link AuditException} naming its seq: run verify.
   */
  public static long write(JdbcRegistryStore store, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    try {
      return store.inTransaction("audit export", c -> {
        long[] count = {0};
        AuditRows.forEach(c, row -> {
          try {
            out.write(line(row));
            out.write('\n');
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          count[0]++;
          return true;
        });
        return count[0];
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One JSON line (without the newline). */
  static String line(AuditRows.Row row) {
    try {
      CanonicalJson.parse(row.attributes());
    } catch (IllegalArgumentException e) {
      throw new AuditException("audit entry seq " + row.seq() + " holds attributes that are not canonical JSON"
          + " (tampered?); run shield audit verify");
    }
    StringBuilder b = new StringBuilder(256 + row.attributes().length());
    b.append("{\"seq\":").append(row.seq());
    field(b, "at", row.at());
    field(b, "actor", row.actor());
    field(b, "action", row.action());
    field(b, "key_id", row.keyId());
    b.append(",\"attributes\":").append(row.attributes());
    field(b, "prev_hash", row.prevHash());
    field(b, "hash", row.hash());
    return b.append('}').toString();
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append(",\"").append(name).append("\":");
    CanonicalJson.quote(b, value);
  }
}
