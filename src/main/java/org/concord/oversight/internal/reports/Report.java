package org.concord.oversight.internal.reports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.concord.oversight.Category;

/**
 * One report as the database keeps it: where it came in, when (to the hour), what it is about, and its answers sealed
 * under the report's own key. Nothing here identifies the reporter.
 */
@Entity
@Table(name = "oversight_report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long channelId;
    private long organisationId;
    @Enumerated(EnumType.STRING)
    private Category category;
    private Instant receivedAt;
    private byte[] receiptLookup;
    private byte[] content;
    private boolean retaliationFlagged;
    private Instant lastReporterActivity;
    private Instant purgedAt;

    protected Report() {
    }

    public Report(long channelId, long organisationId, Category category, byte[] receiptLookup, byte[] content,
                  Instant now) {
        this.channelId = channelId;
        this.organisationId = organisationId;
        this.category = category;
        this.receiptLookup = receiptLookup;
        this.content = content;
        this.receivedAt = toHour(now);
        this.lastReporterActivity = receivedAt;
    }

    /** Times that concern the reporter are kept to the hour only. */
    public static Instant toHour(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS);
    }

    public void reporterActed(Instant now) {
        lastReporterActivity = toHour(now);
    }

    /** Returns true when this is the first flag. */
    public boolean flagRetaliation(Instant now) {
        reporterActed(now);
        boolean first = !retaliationFlagged;
        retaliationFlagged = true;
        return first;
    }

    void seal(byte[] sealedAnswers) {
        this.content = sealedAnswers;
    }

    void purge(Instant now) {
        content = null;
        purgedAt = now;
    }

    public Long id() { return id; }
    public long channelId() { return channelId; }
    public long organisationId() { return organisationId; }
    public Category category() { return category; }
    public Instant receivedAt() { return receivedAt; }
    public byte[] content() { return content; }
    public boolean retaliationFlagged() { return retaliationFlagged; }
    public Instant lastReporterActivity() { return lastReporterActivity; }
    public Instant purgedAt() { return purgedAt; }
}
