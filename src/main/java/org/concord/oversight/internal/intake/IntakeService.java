package org.concord.oversight.internal.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.oversight.Category;
import org.concord.oversight.internal.ReportSubmitted;
import org.concord.oversight.internal.ReporterStatus;
import org.concord.oversight.internal.RetaliationFlagged;
import org.concord.oversight.internal.channels.Channel;
import org.concord.oversight.internal.channels.ChannelRepository;
import org.concord.oversight.internal.channels.ChannelService;
import org.concord.oversight.internal.channels.ChannelView;
import org.concord.oversight.internal.channels.Questionnaire;
import org.concord.oversight.internal.crypto.Receipt;
import org.concord.oversight.internal.keys.RecipientKeyRepository;
import org.concord.oversight.internal.keys.RecoveryKeyRepository;
import org.concord.oversight.internal.reports.Answers;
import org.concord.oversight.internal.reports.Exchange;
import org.concord.oversight.internal.reports.Message;
import org.concord.oversight.internal.reports.Report;
import org.concord.oversight.internal.reports.ReportContent;
import org.concord.oversight.internal.reports.SealedReport;
import org.concord.oversight.internal.reports.ReportKey;
import org.concord.oversight.internal.reports.ReportRepository;
import org.concord.oversight.internal.reports.Upload;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter's side: submitting a report, coming back with the receipt, replying, adding files and flagging
 * retaliation. Nothing here is audited and nothing records who the reporter is: no address, no user agent, times to
 * the hour.
 */
@Service
public class IntakeService {

    static final int MAX_MESSAGE = 20_000;

    private final ChannelRepository channels;
    private final ChannelService channelService;
    private final ReportRepository reports;
    private final ReportContent content;
    private final RecipientKeyRepository recipientKeys;
    private final RecoveryKeyRepository recoveryKeys;
    private final IntakeRateLimit rateLimit;
    private final ReceiptThrottle throttle;
    private final ObjectProvider<ReporterStatus> status;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IntakeBulkhead bulkhead;
    private final TransactionTemplate reads;
    private final TransactionTemplate writes;

    IntakeService(ChannelRepository channels, ChannelService channelService, ReportRepository reports,
                  ReportContent content, RecipientKeyRepository recipientKeys, RecoveryKeyRepository recoveryKeys,
                  IntakeRateLimit rateLimit, ReceiptThrottle throttle, ObjectProvider<ReporterStatus> status,
                  ApplicationEventPublisher events, Clock clock, IntakeBulkhead bulkhead,
                  PlatformTransactionManager transactions) {
        this.bulkhead = bulkhead;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.writes = new TransactionTemplate(transactions);
        this.channels = channels;
        this.channelService = channelService;
        this.reports = reports;
        this.content = content;
        this.recipientKeys = recipientKeys;
        this.recoveryKeys = recoveryKeys;
        this.rateLimit = rateLimit;
        this.throttle = throttle;
        this.status = status;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the report and returns its receipt, to be shown once. Deliberately not one transaction around it all, so
     * that no pooled connection waits on the CPU: the channel and its holders' keys are read in a short read-only
     * transaction; the submission is counted against the channel's share (its own short transaction); the files are
     * checked (images re-encoded), the receipt's Argon2id and the encryption done and the attachments written to the
     * blob store within {@link IntakeBulkhead}, holding no connection; then one transaction inserts the rows and
     * opens the case. If that transaction fails (or cannot begin), the blobs written are removed. A submission whose
     * files are refused has used one of the channel's share: the share is a guard against floods, and counting every
     * attempt keeps it one that the file checks' CPU work cannot get round.
     */
    public Receipt submit(String slug, Submission submission) {
        refuseIfKnownBusy(slug);
        Target target = reads.execute(status -> target(slug));
        Channel channel = target.channel();
        Questionnaire questionnaire = Questionnaire.fromJson(channel.questionnaireJson());
        List<FieldError> errors = new ArrayList<>();
        Category category = category(channel, submission.category(), errors);
        Map<String, List<String>> answers = AnswerCheck.check(questionnaire, submission.answers(), submission.files(), errors);
        String contact = submission.anonymous() || submission.contact() == null ? null : submission.contact().strip();
        if (contact != null && contact.length() > AnswerCheck.SHORT) {
            errors.add(new FieldError("contact", "too-long", AnswerCheck.SHORT));
        }
        List<AttachmentCheck.Incoming> files = submission.files().stream()
                .filter(f -> questionnaire.question(f.question()).map(q -> q.kind() == Questionnaire.Kind.FILE).orElse(false))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Answers sealedAnswers = new Answers(answers, contact == null || contact.isEmpty(),
                contact == null || contact.isEmpty() ? null : contact);
        Receipt receipt = Receipt.generate();
        if (target.holders().isEmpty()) {
            throw new IntakeRefusedException("not-ready");
        }
        // counted before queueing for the CPU work, so that submissions over the channel's share never wait in the
        // bulkhead's queue (nor hold a place in it) only to be refused there
        if (!rateLimit.take(channel.id(), slug)) {
            throw new IntakeRefusedException("busy");
        }
        SealedReport sealed;
        try {
            sealed = bulkhead.run(() -> {
                List<Upload> uploads = AttachmentCheck.check(files);
                return content.seal(content.reserve(uploads.size()), receipt, sealedAnswers, uploads, target.holders());
            });
        } catch (IntakeRefusedException e) {
            // refused as overloaded, not for the channel's sake: the submission does not use up its share
            rateLimit.giveBack(channel.id(), slug);
            throw e;
        }
        try {
            writes.executeWithoutResult(status -> {
                Instant receivedAt = content.store(sealed, channel.id(), channel.organisationId(), category);
                events.publishEvent(new ReportSubmitted(sealed.id(), channel.id(), channel.organisationId(),
                        category.name(), receivedAt));
            });
        } catch (RuntimeException e) {
            content.discard(sealed);
            throw e;
        }
        return receipt;
    }

    /**
     * Refuses at once, without asking the database, a submission to a channel that this instance knows has had its
     * share this minute: the cheap answer to a flood.
     */
    public void refuseIfKnownBusy(String slug) {
        if (rateLimit.knownFull(slug)) {
            throw new IntakeRefusedException("busy");
        }
    }

    /** An open channel and who may read its reports. */
    private record Target(Channel channel, List<ReportContent.Holder> holders) {
    }

    private Target target(String slug) {
        Channel channel = channels.findBySlug(slug).filter(Channel::open)
                .orElseThrow(() -> new NotFoundException("channel", slug));
        List<ReportContent.Holder> holders = new ArrayList<>();
        recipientKeys.findAllById(channel.recipients()).forEach(k ->
                holders.add(new ReportContent.Holder(ReportKey.Holder.RECIPIENT, k.accountId(), k.publicKey())));
        recoveryKeys.findById(channel.organisationId()).ifPresent(k ->
                holders.add(new ReportContent.Holder(ReportKey.Holder.RECOVERY, null, k.publicKey())));
        return new Target(channel, List.copyOf(holders));
    }

    /**
     * Seconds after which a refused submission may be sent again (Retry-After): the next minute for a busy channel, a
     * few seconds when this instance was overloaded; 0 when waiting would not help (nobody can read the channel yet).
     */
    long retryAfterSeconds(IntakeRefusedException e) {
        return switch (e.reason()) {
            case "busy" -> rateLimit.secondsToNextMinute();
            case "overloaded" -> 5;
            default -> 0;
        };
    }

    private static Category category(Channel channel, String given, List<FieldError> errors) {
        if ((given == null || given.isBlank()) && channel.categories().size() == 1) {
            return channel.categories().iterator().next();
        }
        try {
            Category category = Category.valueOf(given == null ? "" : given.strip());
            if (channel.categories().contains(category)) {
                return category;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new FieldError("category", given == null || given.isBlank() ? "required" : "unknown-option"));
        return null;
    }

    /**
     * The report a receipt opens, and its key; throttled after wrong receipts. Without a transaction of its own: the
     * throttle and the two reads each take a connection briefly, and the receipt's Argon2id runs holding none.
     */
    public ReportContent.Opened open(String typed, String address) {
        throttle.wait(address).ifPresent(wait -> {
            throw new ReceiptThrottledException(wait);
        });
        var opened = Receipt.parse(typed).flatMap(content::openWithReceipt);
        if (opened.isEmpty()) {
            throttle.failed(address);
            throw new InvalidInputException("receipt", "receipt-unknown");
        }
        return opened.get();
    }

    /** What the reporter sees: the report's channel, status, when it was received and the messages both ways. */
    public record ReporterView(long reportId, ChannelView channel, Category category, Instant receivedAt,
                               String statusKey, boolean retaliationFlagged, List<Exchange.MessageView> messages,
                               List<Exchange.AttachmentView> attachments) {
    }

    @Transactional(readOnly = true)
    public ReporterView view(long reportId, byte[] key, Locale locale) {
        Report report = reports.findById(reportId).filter(r -> r.purgedAt() == null)
                .orElseThrow(() -> new NotFoundException("report", reportId));
        content.answers(report, key);
        String statusKey = status.orderedStream().map(s -> s.statusKey(reportId)).flatMap(java.util.Optional::stream)
                .findFirst().orElse("oversight.status.received");
        ChannelView channel = channelService.find(report.channelId(), locale).orElse(null);
        return new ReporterView(reportId, channel, report.category(), report.receivedAt(), statusKey,
                report.retaliationFlagged(), content.messages(reportId, key), content.attachments(reportId, key));
    }

    /**
     * The reporter's reply or added information, with files; at least one of the two. Files are checked (images
     * re-encoded) within {@link IntakeBulkhead} before the transaction begins; the transaction writes the message and
     * the encrypted files.
     */
    public void reply(long reportId, byte[] key, String text, List<AttachmentCheck.Incoming> files) {
        Report found = reads.execute(status -> reports.findById(reportId).filter(r -> r.purgedAt() == null)
                .orElseThrow(() -> new NotFoundException("report", reportId)));
        content.answers(found, key);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() && files.isEmpty()) {
            throw new InvalidInputException("text", "required");
        }
        if (body.length() > MAX_MESSAGE) {
            throw new InvalidInputException("text", "too-long", MAX_MESSAGE);
        }
        bulkhead.run(() -> {
            List<Upload> uploads = AttachmentCheck.check(files);
            if (!rateLimit.take(found.channelId(), null)) {
                throw new IntakeRefusedException("busy");
            }
            writes.executeWithoutResult(status -> {
                Report report = reports.findById(reportId).filter(r -> r.purgedAt() == null)
                        .orElseThrow(() -> new NotFoundException("report", reportId));
                Message message = content.addMessage(reportId, key, Message.Direction.FROM_REPORTER, null, body);
                uploads.forEach(u -> content.attach(reportId, message.id(), u, key));
                report.reporterActed(clock.instant());
                reports.saveAndFlush(report);
            });
            return null;
        });
    }

    @Transactional
    public void flagRetaliation(long reportId, byte[] key) {
        Report report = reports.findById(reportId).filter(r -> r.purgedAt() == null)
                .orElseThrow(() -> new NotFoundException("report", reportId));
        content.answers(report, key);
        report.flagRetaliation(clock.instant());
        reports.saveAndFlush(report);
        events.publishEvent(new RetaliationFlagged(reportId));
    }

}
