package org.concord.oversight.internal.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.oversight.Category;
import org.concord.oversight.internal.channels.ChannelService;
import org.concord.oversight.internal.channels.ChannelView;
import org.concord.oversight.internal.channels.Questionnaire;
import org.concord.oversight.internal.reports.Exchange;
import org.concord.oversight.internal.reports.ReportContent;
import org.concord.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public intake and the receipt follow-up as an API, without an account: the receipt always travels in the
 * request body, never in an address. Attachments come Base64-encoded in the JSON.
 */
@RestController
@RequestMapping("/api/v1/oversight")
@Tag(name = "Oversight intake", description = "Public reporting channels, report submission and follow-up with a receipt")
class IntakeApi {

    private final ChannelService channels;
    private final IntakeService intake;

    IntakeApi(ChannelService channels, IntakeService intake) {
        this.channels = channels;
        this.intake = intake;
    }

    record PublicChannel(String slug, String name, String description, String organisation, List<Category> categories,
                         Questionnaire questionnaire, int acknowledgeDays, int feedbackDays) {
        static PublicChannel of(ChannelView c) {
            return new PublicChannel(c.slug(), c.name(), c.description(), c.organisationName(),
                    c.categories().stream().sorted().toList(), c.questionnaire(), c.acknowledgeDays(), c.feedbackDays());
        }
    }

    record AttachmentUpload(String question, String fileName, String contentBase64) {
    }

    record ReportRequest(String category, Map<String, List<String>> answers, boolean anonymous, String contact,
                         List<AttachmentUpload> attachments) {
    }

    record ReceiptResponse(String receipt, String advice) {
    }

    record FollowUpRequest(String receipt, String text, List<AttachmentUpload> attachments) {
    }

    record ReporterReport(String channel, Category category, Instant receivedAt, String status, boolean retaliationFlagged,
                          List<ReporterMessage> messages) {
    }

    record ReporterMessage(String from, Instant sentAt, String text, List<String> attachments) {
    }

    @GetMapping("/channels")
    @Operation(summary = "Open reporting channels", description = "Names, questionnaires and labels in the language of Accept-Language.")
    List<PublicChannel> channels(Locale locale) {
        return channels.openChannels(locale).stream().map(PublicChannel::of).toList();
    }

    @GetMapping("/channels/{slug}")
    @Operation(summary = "One open channel with its questionnaire")
    PublicChannel channel(@PathVariable String slug, Locale locale) {
        return PublicChannel.of(channels.openChannel(slug, locale));
    }

    @PostMapping("/channels/{slug}/reports")
    @Operation(summary = "Submit a report", description = "Answers by question key. Returns the 16-digit receipt once: "
            + "it is the only way back to the report. No address or user agent is stored.")
    ResponseEntity<ReceiptResponse> submit(@PathVariable String slug, @RequestBody ReportRequest request, Locale locale) {
        intake.refuseIfKnownBusy(slug);
        ChannelView channel = channels.openChannel(slug, locale);
        Map<String, List<String>> answers = request.answers() == null ? Map.of() : request.answers();
        if (answers.size() > channel.questionnaire().questions().size()
                || (request.attachments() != null && request.attachments().size() > IntakePages.MAX_FILES)) {
            throw new InvalidInputException("answers", "too-many-fields");
        }
        var receipt = intake.submit(slug, new Submission(request.category(), answers, request.anonymous(),
                request.contact(), files(request.attachments())));
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new ReceiptResponse(receipt.grouped(), "Keep this receipt: it is shown only once."));
    }

    @PostMapping("/follow-up")
    @Operation(summary = "Read a report with its receipt", description = "Status and messages; wrong receipts are throttled (429).")
    ResponseEntity<ReporterReport> followUp(@RequestBody FollowUpRequest request, HttpServletRequest http, Locale locale) {
        ReportContent.Opened opened = intake.open(request.receipt(), http.getRemoteAddr());
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(view(opened, locale));
    }

    @PostMapping("/follow-up/messages")
    @Operation(summary = "Reply or add information and files, with the receipt")
    ResponseEntity<ReporterReport> reply(@RequestBody FollowUpRequest request, HttpServletRequest http, Locale locale) {
        ReportContent.Opened opened = intake.open(request.receipt(), http.getRemoteAddr());
        intake.reply(opened.report().id(), opened.key(), request.text(), files(request.attachments()));
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(view(opened, locale));
    }

    @PostMapping("/follow-up/retaliation")
    @Operation(summary = "Tell the officers of retaliation, with the receipt")
    ResponseEntity<Void> retaliation(@RequestBody FollowUpRequest request, HttpServletRequest http) {
        ReportContent.Opened opened = intake.open(request.receipt(), http.getRemoteAddr());
        intake.flagRetaliation(opened.report().id(), opened.key());
        return ResponseEntity.noContent().build();
    }

    private ReporterReport view(ReportContent.Opened opened, Locale locale) {
        var v = intake.view(opened.report().id(), opened.key(), locale);
        return new ReporterReport(v.channel() == null ? null : v.channel().name(), v.category(), v.receivedAt(),
                v.statusKey(), v.retaliationFlagged(), v.messages().stream()
                .map(m -> new ReporterMessage(m.direction() == org.concord.oversight.internal.reports.Message.Direction.TO_REPORTER
                        ? "officers" : "reporter", m.sentAt(), m.text(),
                        m.attachments().stream().map(Exchange.AttachmentView::fileName).toList()))
                .toList());
    }

    private static List<AttachmentCheck.Incoming> files(List<AttachmentUpload> uploads) {
        if (uploads == null) {
            return List.of();
        }
        return uploads.stream().map(u -> {
            String field = u.question() == null ? "attachments" : "file." + u.question();
            try {
                return new AttachmentCheck.Incoming(u.question(), field, u.fileName(),
                        Base64.getMimeDecoder().decode(u.contentBase64() == null ? "" : u.contentBase64()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, "attachment-unreadable");
            }
        }).toList();
    }

    @ExceptionHandler(ReceiptThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(ReceiptThrottledException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many wrong receipts; try again in " + e.seconds() + " seconds.");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.seconds())).body(problem);
    }

    @ExceptionHandler(IntakeRefusedException.class)
    ResponseEntity<ProblemDetail> refused(IntakeRefusedException e) {
        HttpStatus status = e.reason().equals("busy") ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.SERVICE_UNAVAILABLE;
        long retryAfter = intake.retryAfterSeconds(e);
        return ResponseEntity.status(status)
                .headers(h -> {
                    if (retryAfter > 0) {
                        h.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
                    }
                })
                .body(ProblemDetail.forStatusAndDetail(status, "intake refused: " + e.reason()));
    }
}
