package org.concord.oversight.internal.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.concord.oversight.Category;
import org.concord.oversight.internal.crypto.Aead;
import org.concord.oversight.internal.crypto.KeyWrapping;
import org.concord.oversight.internal.crypto.PasswordSealing;
import org.concord.oversight.internal.crypto.Receipt;
import org.concord.oversight.internal.crypto.ServerSecret;
import org.concord.shared.NotFoundException;
import org.concord.shared.blobs.BlobStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Everything sealed under a report's key: writing it (answers, messages, notes, attachments in the blob store),
 * opening it for a holder of the key, and purging it. Callers hold the transaction and have checked permission.
 */
@Component
public class ReportContent {

    private final ReportRepository reports;
    private final ReportKeyRepository keys;
    private final MessageRepository messages;
    private final NoteRepository notes;
    private final AttachmentRepository attachments;
    private final BlobStore blobs;
    private final ServerSecret secret;
    private final ReportWriter writer;
    private final Clock clock;

    ReportContent(ReportRepository reports, ReportKeyRepository keys, MessageRepository messages, NoteRepository notes,
                  AttachmentRepository attachments, BlobStore blobs, ServerSecret secret, ReportWriter writer,
                  Clock clock) {
        this.writer = writer;
        this.reports = reports;
        this.keys = keys;
        this.messages = messages;
        this.notes = notes;
        this.attachments = attachments;
        this.blobs = blobs;
        this.secret = secret;
        this.clock = clock;
    }

    /** A holder of the report key besides the receipt: a recipient's or the recovery key's public key. */
    public record Holder(ReportKey.Holder kind, Long accountId, byte[] publicKey) {
    }

    /**
     * Ids for a new report and its {@code attachments}, from the tables' sequences: one short statement on a
     * connection of its own, before the CPU-heavy sealing (which binds every sealed value to these ids).
     */
    public SealedReport.Ids reserve(int attachments) {
        return writer.reserve(attachments);
    }

    /**
     * Seals a new report under a fresh key wrapped for each holder and for the receipt (Argon2id), and writes its
     * attachments, encrypted, to the blob store: all the CPU-heavy work of an intake, done without a database
     * connection or transaction. If anything fails, the blobs already written are removed again.
     */
    public SealedReport seal(SealedReport.Ids ids, Receipt receipt, Answers answers, List<Upload> uploads,
                             List<Holder> holders) {
        if (ids.attachments().size() != uploads.size()) {
            throw new IllegalArgumentException("one reserved id per attachment");
        }
        byte[] key = Aead.newKey();
        long id = ids.report();
        List<SealedReport.SealedAttachment> files = new ArrayList<>();
        try {
            byte[] sealedAnswers = Aead.seal(key, answers.toJson(), context(id, "answers"));
            List<SealedReport.WrappedKey> wrapped = new ArrayList<>();
            for (Holder h : holders) {
                wrapped.add(new SealedReport.WrappedKey(h.kind(), h.accountId(), KeyWrapping.wrap(key, h.publicKey())));
            }
            wrapped.add(new SealedReport.WrappedKey(ReportKey.Holder.RECEIPT, null,
                    PasswordSealing.seal(receipt.chars(), key, context(id, "receipt"))));
            for (int i = 0; i < uploads.size(); i++) {
                Upload upload = uploads.get(i);
                long attachmentId = ids.attachments().get(i);
                String blobKey = put(Aead.sealing(key, new ByteArrayInputStream(upload.bytes()),
                        context(id, "attachment:" + attachmentId)));
                files.add(new SealedReport.SealedAttachment(attachmentId, upload.question(), blobKey,
                        upload.mediaType(), upload.bytes().length,
                        Aead.seal(key, upload.fileName().getBytes(StandardCharsets.UTF_8), context(id, "attachment-name"))));
            }
            return new SealedReport(id, secret.receiptLookup(receipt), sealedAnswers, List.copyOf(wrapped),
                    List.copyOf(files));
        } catch (RuntimeException e) {
            files.forEach(f -> deleteQuietly(f.blobKey()));
            throw e;
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    /** Inserts a sealed report's rows in the caller's transaction; returns the hour it was received. */
    public Instant store(SealedReport report, long channelId, long organisationId, Category category) {
        Instant receivedAt = Report.toHour(clock.instant());
        writer.insert(report, channelId, organisationId, category, receivedAt);
        return receivedAt;
    }

    /** Removes the blobs of a sealed report whose rows were not stored (its transaction failed or never began). */
    public void discard(SealedReport report) {
        report.attachments().forEach(a -> deleteQuietly(a.blobKey()));
    }

    /** The report a receipt belongs to and its key; empty for a receipt that fits no report. */
    public Optional<Opened> openWithReceipt(Receipt receipt) {
        return reports.findByReceiptLookup(secret.receiptLookup(receipt)).filter(r -> r.purgedAt() == null)
                .flatMap(r -> keys.findFirstByReportIdAndHolder(r.id(), ReportKey.Holder.RECEIPT)
                        .map(k -> new Opened(r, PasswordSealing.open(receipt.chars(), k.wrapped(), context(r.id(), "receipt")))));
    }

    /** A report and its key, for as long as one request needs them. */
    public record Opened(Report report, byte[] key) {
    }

    /** The report's key for a recipient, opened with their private key; not found when none is wrapped for them. */
    public byte[] keyFor(long reportId, long accountId, byte[] privateKey) {
        ReportKey wrapped = keys.findByReportIdAndHolderAndAccountId(reportId, ReportKey.Holder.RECIPIENT, accountId)
                .orElseThrow(() -> new NotFoundException("report-key", reportId));
        return KeyWrapping.unwrap(wrapped.wrapped(), privateKey);
    }

    public byte[] keyForRecovery(long reportId, byte[] recoveryPrivateKey) {
        ReportKey wrapped = keys.findFirstByReportIdAndHolder(reportId, ReportKey.Holder.RECOVERY)
                .orElseThrow(() -> new NotFoundException("report-key", reportId));
        return KeyWrapping.unwrap(wrapped.wrapped(), recoveryPrivateKey);
    }

    /** Wraps the key for a recipient who has none yet (recovery, a recipient added later); false if they had one. */
    public boolean grant(long reportId, byte[] key, long accountId, byte[] publicKey) {
        if (keys.findByReportIdAndHolderAndAccountId(reportId, ReportKey.Holder.RECIPIENT, accountId).isPresent()) {
            return false;
        }
        keys.save(new ReportKey(reportId, ReportKey.Holder.RECIPIENT, accountId, KeyWrapping.wrap(key, publicKey)));
        return true;
    }

    public Answers answers(Report report, byte[] key) {
        if (report.content() == null) {
            return new Answers(Map.of(), true, null);
        }
        return Answers.fromJson(Aead.open(key, report.content(), context(report.id(), "answers")));
    }

    public Message addMessage(long reportId, byte[] key, Message.Direction direction, Long authorId, String text) {
        return messages.saveAndFlush(new Message(reportId, direction, authorId, clock.instant(),
                Aead.seal(key, text.getBytes(StandardCharsets.UTF_8), context(reportId, "message"))));
    }

    public Note addNote(long reportId, byte[] key, long authorId, String text) {
        return notes.saveAndFlush(new Note(reportId, authorId, clock.instant(),
                Aead.seal(key, text.getBytes(StandardCharsets.UTF_8), context(reportId, "note"))));
    }

    public List<Exchange.MessageView> messages(long reportId, byte[] key) {
        Map<Long, List<Exchange.AttachmentView>> files = attachments(reportId, key).stream()
                .filter(a -> a.messageId() != null).collect(Collectors.groupingBy(Exchange.AttachmentView::messageId));
        return messages.findByReportIdOrderByIdAsc(reportId).stream()
                .map(m -> new Exchange.MessageView(m.id(), m.direction(), m.authorId(), m.sentAt(),
                        new String(Aead.open(key, m.body(), context(reportId, "message")), StandardCharsets.UTF_8),
                        files.getOrDefault(m.id(), List.of())))
                .toList();
    }

    public List<Exchange.NoteView> notes(long reportId, byte[] key) {
        return notes.findByReportIdOrderByWrittenAtAscIdAsc(reportId).stream()
                .map(n -> new Exchange.NoteView(n.id(), n.authorId(), n.writtenAt(),
                        new String(Aead.open(key, n.body(), context(reportId, "note")), StandardCharsets.UTF_8)))
                .toList();
    }

    public List<Exchange.AttachmentView> attachments(long reportId, byte[] key) {
        return attachments.findByReportIdOrderByIdAsc(reportId).stream()
                .map(a -> new Exchange.AttachmentView(a.id(), a.messageId(), a.question(),
                        new String(Aead.open(key, a.sealedName(), context(reportId, "attachment-name")),
                                StandardCharsets.UTF_8), a.mediaType(), a.sizeBytes(), a.addedAt()))
                .toList();
    }

    /** An attachment's bytes, decrypted; not found unless it belongs to the report. */
    public byte[] attachmentBytes(long reportId, long attachmentId, byte[] key) {
        Attachment a = attachments.findById(attachmentId).filter(x -> x.reportId() == reportId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        try (InputStream in = blobs.get(a.blobKey()).orElseThrow(() -> new NotFoundException("attachment", attachmentId))) {
            return Aead.open(key, in.readAllBytes(), context(reportId, "attachment:" + a.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Attachment attach(long reportId, Long messageId, Upload upload, byte[] key) {
        Attachment row = attachments.saveAndFlush(new Attachment(reportId, messageId, upload.question(),
                "pending-" + java.util.UUID.randomUUID(), upload.mediaType(), upload.bytes().length,
                Aead.seal(key, upload.fileName().getBytes(StandardCharsets.UTF_8), context(reportId, "attachment-name")),
                clock.instant()));
        String blobKey = put(Aead.sealing(key, new ByteArrayInputStream(upload.bytes()),
                context(reportId, "attachment:" + row.id())));
        deleteBlobIfRolledBack(blobKey);
        row.stored(blobKey);
        return attachments.saveAndFlush(row);
    }

    /**
     * Removes everything sealed under the report's key: answers, messages, notes, attachments (rows and blobs) and
     * every wrapped key. What remains (channel, category, hour received) is what statistics need. The blobs go after
     * the transaction commits, so a rollback leaves the report whole.
     */
    public void purge(long reportId) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        List<String> blobKeys = new ArrayList<>();
        attachments.findByReportIdOrderByIdAsc(reportId).forEach(a -> blobKeys.add(a.blobKey()));
        attachments.deleteAllInBatch(attachments.findByReportIdOrderByIdAsc(reportId));
        messages.deleteAllInBatch(messages.findByReportIdOrderByIdAsc(reportId));
        notes.deleteAllInBatch(notes.findByReportIdOrderByWrittenAtAscIdAsc(reportId));
        keys.deleteByReportId(reportId);
        report.purge(clock.instant());
        reports.saveAndFlush(report);
        afterCommit(() -> blobKeys.forEach(this::deleteQuietly));
    }

    private String put(InputStream sealed) {
        try (sealed) {
            return blobs.put(sealed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String context(long reportId, String purpose) {
        return "report:" + reportId + ":" + purpose;
    }

    private void deleteBlobIfRolledBack(String blobKey) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(blobKey);
                    }
                }
            });
        }
    }

    private void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    private void deleteQuietly(String blobKey) {
        try {
            blobs.delete(blobKey);
        } catch (IOException | IllegalArgumentException e) {
            // a blob left behind holds only ciphertext whose key is gone
        }
    }
}
