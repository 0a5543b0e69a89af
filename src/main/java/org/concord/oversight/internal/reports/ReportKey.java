package org.concord.oversight.internal.reports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A report's AES key, wrapped for one holder (a recipient's public key, the body's recovery key, the receipt). */
@Entity
@Table(name = "oversight_report_key")
public class ReportKey {

    public enum Holder { RECIPIENT, RECOVERY, RECEIPT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reportId;
    @Enumerated(EnumType.STRING)
    private Holder holder;
    private Long accountId;
    private byte[] wrapped;

    protected ReportKey() {
    }

    public ReportKey(long reportId, Holder holder, Long accountId, byte[] wrapped) {
        this.reportId = reportId;
        this.holder = holder;
        this.accountId = accountId;
        this.wrapped = wrapped;
    }

    public Long id() { return id; }
    public long reportId() { return reportId; }
    public Holder holder() { return holder; }
    public Long accountId() { return accountId; }
    public byte[] wrapped() { return wrapped; }
}
