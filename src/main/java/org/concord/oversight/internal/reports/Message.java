package org.concord.oversight.internal.reports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message between the officers and the reporter, sealed under the report's key. */
@Entity
@Table(name = "oversight_message")
public class Message {

    public enum Direction { TO_REPORTER, FROM_REPORTER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reportId;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    private Long authorId;
    private Instant sentAt;
    private byte[] body;

    protected Message() {
    }

    public Message(long reportId, Direction direction, Long authorId, Instant sentAt, byte[] body) {
        this.reportId = reportId;
        this.direction = direction;
        this.authorId = authorId;
        this.sentAt = direction == Direction.FROM_REPORTER ? Report.toHour(sentAt) : sentAt;
        this.body = body;
    }

    public Long id() { return id; }
    public long reportId() { return reportId; }
    public Direction direction() { return direction; }
    public Long authorId() { return authorId; }
    public Instant sentAt() { return sentAt; }
    public byte[] body() { return body; }
}
