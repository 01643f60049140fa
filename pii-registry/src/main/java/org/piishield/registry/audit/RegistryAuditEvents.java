package org.piishield.registry.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.piishield.audit.AuditEvent;
import org.piishield.registry.enroll.EnrolmentReport;
import org.piishield.registry.normalize.FieldType;

/**
 * The audit events of registry actions, built from counts and ids only. Example: enrolling
 * {@code people.csv} gives action {@code enroll} with attributes {@code people=6, rows_rejected=0,
 * tokens_name=97, …, key_id=3fa1…, source=people.csv, source_sha256=…}; removing {@code p-003} gives action
 * {@code remove} with {@code person_id=p-003, key_id=3fa1…}.
 */
public final class RegistryAuditEvents {

  /** Action of an enrolment run. */
  public static final String ENROLL = "enroll";
  /** Action of a removal. */
  public static final String REMOVE = "remove";
  /** Action of a {@code shield watch} run. */
  public static final String WATCH = "watch";

  private RegistryAuditEvents() {}

  /**
   * One enrolment run: people enrolled, rows rejected, tokens per field type (every type, 0 when none), key
   * id, and the source's file name (not its folder) with the SHA-256 of its bytes.
   */
  public static AuditEvent enrolment(Instant time, String actor, EnrolmentReport report, String sourceName,
      String sourceSha256) {
    Map<String, String> a = new HashMap<>();
    a.put(AuditAttributes.PEOPLE, Integer.toString(report.peopleEnrolled()));
    a.put(AuditAttributes.ROWS_REJECTED, Integer.toString(report.rowErrors().size()));
    for (FieldType type : FieldType.values()) {
      a.put(AuditAttributes.tokens(type), Integer.toString(report.tokens(type)));
    }
    a.put(AuditAttributes.KEY_ID, report.keyId());
    a.put(AuditAttributes.SOURCE, sourceName);
    a.put(AuditAttributes.SOURCE_SHA256, sourceSha256);
    return new AuditEvent(time, actor, ENROLL, a);
  }

  /** The removal of {@code personId} from the store whose key id is {@code keyId}. */
  public static AuditEvent removal(Instant time, String actor, String personId, String keyId) {
    return new AuditEvent(time, actor, REMOVE, Map.of(AuditAttributes.PERSON_ID, personId,
        AuditAttributes.KEY_ID, keyId));
  }
}
