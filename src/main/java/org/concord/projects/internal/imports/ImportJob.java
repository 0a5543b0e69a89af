package org.concord.projects.internal.imports;

import java.time.Instant;

/**
 * An import of one IATI file, and how far it got. {@code repair}: the repair the importer chose
 * ({@link Repair#value()}), null for none; {@code repairedCharacters}: how many characters it removed. {@code kept}
 * counts the elements of the file's activities that Concord keeps as published (contact-info, planned-disbursement,
 * other namespaces...) and writes back on export.
 */
public record ImportJob(long id, String fileName, String status, String version, Integer total, int processed,
                        int created, int updated, int unchanged, int rejected, int organisationsCreated, String error,
                        String requestedBy, Instant createdAt, Instant startedAt, Instant finishedAt, String repair,
                        int repairedCharacters, long kept) {

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }

    /** Percentage done, for the progress bar. */
    public int percent() {
        if (finished()) {
            return 100;
        }
        return total == null || total == 0 ? 0 : (int) Math.min(100, processed * 100L / total);
    }
}
