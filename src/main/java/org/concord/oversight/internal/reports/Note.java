package org.concord.oversight.internal.reports;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An officer's internal note on a report, sealed under the report's key; the reporter never sees it. */
@Entity
@Table(name = "oversight_note")
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reportId;
    private Long authorId;
    private Instant writtenAt;
    private byte[] body;

    protected Note() {
    }

    public Note(long reportId, Long authorId, Instant writtenAt, byte[] body) {
        this.reportId = reportId;
        this.authorId = authorId;
        this.writtenAt = writtenAt;
        this.body = body;
    }

    public Long id() { return id; }
    public long reportId() { return reportId; }
    public Long authorId() { return authorId; }
    public Instant writtenAt() { return writtenAt; }
    public byte[] body() { return body; }
}
