package org.concord.oversight.internal.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.concord.audit.EntityChanged;
import org.concord.oversight.Category;
import org.concord.oversight.internal.channels.Channel;
import org.concord.oversight.internal.channels.ChannelRepository;
import org.concord.oversight.internal.channels.Questionnaire;
import org.concord.oversight.internal.keys.RecipientKeyRepository;
import org.concord.oversight.internal.reports.Answers;
import org.concord.oversight.internal.reports.Exchange;
import org.concord.oversight.internal.reports.Message;
import org.concord.oversight.internal.reports.Report;
import org.concord.oversight.internal.reports.ReportContent;
import org.concord.oversight.internal.reports.ReportRepository;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's side of a report: their inbox, reading, messages to the reporter and internal notes. Only
 * officers of the body who are recipients of the report's channel see a report at all; for anyone else it does not
 * exist (404). Every read and write is audited, with the officer as actor and nothing about the reporter.
 */
@Service
public class InboxService {

    static final int MAX_TEXT = 20_000;

    private final InboxQueries queries;
    private final ReportRepository reports;
    private final ChannelRepository channels;
    private final ReportContent content;
    private final RecipientKeyRepository recipientKeys;
    private final ApplicationEventPublisher events;

    InboxService(InboxQueries queries, ReportRepository reports, ChannelRepository channels, ReportContent content,
                 RecipientKeyRepository recipientKeys, ApplicationEventPublisher events) {
        this.queries = queries;
        this.reports = reports;
        this.channels = channels;
        this.content = content;
        this.recipientKeys = recipientKeys;
        this.events = events;
    }

    static Actor officer() {
        return CurrentActor.enforce(a -> a.hasAnywhere(Role.OVERSIGHT_OFFICER));
    }

    @Transactional(readOnly = true)
    public List<InboxQueries.Row> inbox(int page) {
        Actor actor = officer();
        return queries.reportsFor(actor.accountId(), 50, Math.max(0, page) * 50);
    }

    /** Fails with 404 unless the signed-in officer may see this report at all (asked before anything else). */
    @Transactional(readOnly = true)
    public void checkVisible(long reportId) {
        visible(officer(), reportId);
    }

    /** A report opened for its reader. */
    public record ReportDetail(long id, String channelSlug, String channelName, Category category, Instant receivedAt,
                               boolean retaliationFlagged, Questionnaire questionnaire, Answers answers,
                               List<Exchange.MessageView> messages, List<Exchange.NoteView> notes,
                               List<Exchange.AttachmentView> attachments) {
    }

    @Transactional
    public ReportDetail read(long reportId, byte[] privateKey, Locale locale) {
        Actor actor = officer();
        Report report = visible(actor, reportId);
        byte[] key = content.keyFor(reportId, actor.accountId(), privateKey);
        Channel channel = channels.findById(report.channelId()).orElseThrow();
        shareWithOtherRecipients(channel, reportId, key);
        events.publishEvent(EntityChanged.of("oversight-report", reportId, "read"));
        String name = channel.texts().stream().filter(t -> t.language().equals(locale.getLanguage())).findFirst()
                .or(() -> channel.texts().stream().filter(t -> t.language().equals("en")).findFirst())
                .map(Channel.Text::name).orElse(channel.slug());
        return new ReportDetail(reportId, channel.slug(), name, report.category(), report.receivedAt(),
                report.retaliationFlagged(), Questionnaire.fromJson(channel.questionnaireJson()),
                content.answers(report, key), content.messages(reportId, key), content.notes(reportId, key),
                content.attachments(reportId, key));
    }

    @Transactional
    public void message(long reportId, byte[] privateKey, String text) {
        Actor actor = officer();
        visible(actor, reportId);
        String body = checked(text);
        byte[] key = content.keyFor(reportId, actor.accountId(), privateKey);
        Message m = content.addMessage(reportId, key, Message.Direction.TO_REPORTER, actor.accountId(), body);
        events.publishEvent(EntityChanged.diff("oversight-report", reportId, "message-sent", java.util.Map.of(),
                EntityChanged.snapshot("message", m.id())));
    }

    @Transactional
    public void note(long reportId, byte[] privateKey, String text) {
        Actor actor = officer();
        visible(actor, reportId);
        String body = checked(text);
        byte[] key = content.keyFor(reportId, actor.accountId(), privateKey);
        var n = content.addNote(reportId, key, actor.accountId(), body);
        events.publishEvent(EntityChanged.diff("oversight-report", reportId, "note-written", java.util.Map.of(),
                EntityChanged.snapshot("note", n.id())));
    }

    public record File(String name, String mediaType, byte[] bytes) {
    }

    @Transactional
    public File attachment(long reportId, long attachmentId, byte[] privateKey) {
        Actor actor = officer();
        visible(actor, reportId);
        byte[] key = content.keyFor(reportId, actor.accountId(), privateKey);
        Exchange.AttachmentView view = content.attachments(reportId, key).stream().filter(a -> a.id() == attachmentId)
                .findFirst().orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        events.publishEvent(EntityChanged.diff("oversight-report", reportId, "attachment-read", java.util.Map.of(),
                EntityChanged.snapshot("attachment", attachmentId)));
        return new File(view.fileName(), view.mediaType(), content.attachmentBytes(reportId, attachmentId, key));
    }

    private Report visible(Actor actor, long reportId) {
        Report report = reports.findById(reportId).filter(r -> r.purgedAt() == null)
                .orElseThrow(() -> new NotFoundException("report", reportId));
        if (!actor.has(Role.OVERSIGHT_OFFICER, report.organisationId()) || !queries.isRecipient(actor.accountId(), reportId)) {
            throw new NotFoundException("report", reportId);
        }
        return report;
    }

    /** Recipients named after the report came in, or who enrolled a key since, get the key from whoever reads it. */
    private void shareWithOtherRecipients(Channel channel, long reportId, byte[] key) {
        recipientKeys.findAllById(channel.recipients()).forEach(k -> content.grant(reportId, key, k.accountId(), k.publicKey()));
    }

    private static String checked(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidInputException("text", "required");
        }
        if (body.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "too-long", MAX_TEXT);
        }
        return body;
    }
}
