/**
 * The hash-chained audit log of the registry, kept in the registry's own database: every enrolment, removal
 * and watch run appends one {@link org.piishield.registry.audit.AuditEntry}, each linked to the one before
 * by an HMAC under a sub-key of the registry key, so that {@link org.piishield.registry.audit.AuditLog#verify()}
 * finds any edited, deleted or reordered entry. Entries hold person ids, field types, counts, source names
 * and content hashes only ({@link org.piishield.registry.audit.AuditAttributes} enforces an allow-list),
 * never matched text or enrolled values.
 */
package org.piishield.registry.audit;
