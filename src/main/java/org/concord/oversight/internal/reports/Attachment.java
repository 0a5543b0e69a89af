package org.concord.oversight.internal.reports;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file a reporter attached: its encrypted bytes are in the blob store under {@code blobKey}, its name is sealed. */
@Entity
@Table(name = "oversight_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reportId;
    private Long messageId;
    private String question;
    private String blobKey;
    private String mediaType;
    private long sizeBytes;
    private byte[] sealedName;
    private Instant addedAt;

    protected Attachment() {
    }

    public Attachment(long reportId, Long messageId, String question, String blobKey, String mediaType, long sizeBytes,
                      byte[] sealedName, Instant now) {
        this.reportId = reportId;
        this.messageId = messageId;
        this.question = question;
        this.blobKey = blobKey;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sealedName = sealedName;
        this.addedAt = Report.toHour(now);
    }

    void stored(String blobKey) {
        this.blobKey = blobKey;
    }

    public Long id() { return id; }
    public long reportId() { return reportId; }
    public Long messageId() { return messageId; }
    public String question() { return question; }
    public String blobKey() { return blobKey; }
    public String mediaType() { return mediaType; }
    public long sizeBytes() { return sizeBytes; }
    public byte[] sealedName() { return sealedName; }
    public Instant addedAt() { return addedAt; }
}
