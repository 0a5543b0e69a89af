/**
 * The tamper-evident log of who did what: every write of every module, chained by SHA-256 so that
 * a row edited or removed behind Concord's back is found and named.
 * Modules publish {@link org.concord.audit.EntityChanged}; the log records it in the writer's transaction.
 * A module that writes in bulk from SQL calls the database function {@code audit_append(at, actor, action,
 * entity_type, entity_id, changes, origin)} (R__audit_append.sql) in its own statement instead; it is the same append.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"}, displayName = "Audit log")
package org.concord.audit;
