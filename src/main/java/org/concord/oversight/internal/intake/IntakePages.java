package org.concord.oversight.internal.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.oversight.internal.channels.ChannelService;
import org.concord.oversight.internal.channels.ChannelView;
import org.concord.oversight.internal.channels.Questionnaire;
import org.concord.oversight.internal.crypto.Receipt;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public intake, without an account and without JavaScript: the open channels, a channel's form in the reader's
 * language, and the receipt, shown once in the answer to the submission (never in a redirect, a flash attribute or a
 * session). The reporter's address and user agent are not read.
 */
@Controller
@RequestMapping("/report")
class IntakePages {

    /** Names a form may carry besides one per question: the CSRF token, category, anonymous, contact. */
    static final int EXTRA_FIELDS = 6;
    static final int MAX_FILES = 10;

    private final ChannelService channels;
    private final IntakeService intake;
    private final MessageSource messages;
    private final PublicAddress address;

    IntakePages(ChannelService channels, IntakeService intake, MessageSource messages, PublicAddress address) {
        this.channels = channels;
        this.intake = intake;
        this.messages = messages;
        this.address = address;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        model.addAttribute("channels", channels.openChannels(locale));
        return "oversight/report-channels";
    }

    @GetMapping("/{slug:[a-z0-9][a-z0-9-]+}")
    String form(@PathVariable String slug, Model model, Locale locale) {
        return form(channels.openChannel(slug, locale), Map.of(), Map.of(), null, false, null, model);
    }

    @PostMapping("/{slug:[a-z0-9][a-z0-9-]+}")
    String submit(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model,
                  Locale locale) {
        ChannelView channel = channels.openChannel(slug, locale);
        Questionnaire questionnaire = channel.questionnaire();
        Map<String, String[]> parameters = request.getParameterMap();
        if (parameters.size() > questionnaire.questions().size() + EXTRA_FIELDS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "more fields than the questionnaire has");
        }
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Questionnaire.Question q : questionnaire.questions()) {
            String[] values = parameters.get("answer." + q.key());
            if (values != null) {
                answers.put(q.key(), List.of(values));
            }
        }
        boolean anonymous = !"contact".equals(request.getParameter("identity"));
        String contact = request.getParameter("contact");
        String category = request.getParameter("category");
        try {
            List<AttachmentCheck.Incoming> files = files(request, questionnaire);
            Receipt receipt = intake.submit(slug, new Submission(category, answers, anonymous, contact, files));
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("channel", channel);
            model.addAttribute("receipt", receipt.grouped());
            return "oversight/receipt";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(channel, answers, errors(e, locale), category, anonymous, contact, model);
        } catch (IntakeRefusedException e) {
            response.setStatus(e.reason().equals("busy") ? 429 : 503);
            if (intake.retryAfterSeconds(e) > 0) {
                response.setHeader("Retry-After", String.valueOf(intake.retryAfterSeconds(e)));
            }
            model.addAttribute("refusal", "oversight.intake." + e.reason());
            return form(channel, answers, Map.of(), category, anonymous, contact, model);
        }
    }

    static List<AttachmentCheck.Incoming> files(HttpServletRequest request, Questionnaire questionnaire) {
        List<AttachmentCheck.Incoming> files = new ArrayList<>();
        // the security filters may have wrapped the multipart request the dispatcher made
        MultipartHttpServletRequest multipart = org.springframework.web.util.WebUtils.getNativeRequest(request,
                MultipartHttpServletRequest.class);
        if (multipart != null) {
            MultiValueMap<String, MultipartFile> map = multipart.getMultiFileMap();
            for (var entry : map.entrySet()) {
                String question = entry.getKey().startsWith("file.") ? entry.getKey().substring(5) : null;
                if (question == null && !entry.getKey().equals("files")) {
                    continue;
                }
                for (MultipartFile file : entry.getValue()) {
                    if (file.isEmpty()) {
                        continue;
                    }
                    if (files.size() >= MAX_FILES || file.getSize() > AttachmentCheck.MAX_FILE) {
                        throw new InvalidInputException(entry.getKey(), files.size() >= MAX_FILES ? "too-many-files"
                                : "attachment-too-large", files.size() >= MAX_FILES ? MAX_FILES : AttachmentCheck.MAX_FILE / (1024 * 1024));
                    }
                    try {
                        files.add(new AttachmentCheck.Incoming(question, entry.getKey(), file.getOriginalFilename(),
                                file.getBytes()));
                    } catch (IOException e) {
                        throw new InvalidInputException(entry.getKey(), "attachment-unreadable");
                    }
                }
            }
        }
        return files;
    }

    private String form(ChannelView channel, Map<String, List<String>> answers, Map<String, String> errors,
                        String category, boolean anonymous, String contact, Model model) {
        model.addAttribute("channel", channel);
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("category", category);
        model.addAttribute("anonymous", anonymous || contact == null);
        model.addAttribute("contact", contact);
        model.addAttribute("maxFileMb", AttachmentCheck.MAX_FILE / (1024 * 1024));
        model.addAttribute("maxTotalMb", AttachmentCheck.MAX_TOTAL / (1024 * 1024));
        return "oversight/report-form";
    }

    /** Each refused rule as the sentence to show beside its field, keyed by the field's name. */
    Map<String, String> errors(InvalidInputException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (InvalidInputException.FieldError error : e.errors()) {
            errors.putIfAbsent(error.field(), messages.getMessage(error.messageKey(), error.arguments(),
                    error.rule(), locale));
        }
        return errors;
    }

    ResponseCookie cookie(String value, HttpServletRequest request, boolean clear) {
        return ResponseCookie.from(FollowUpCookie.NAME, clear ? "" : value).httpOnly(true).sameSite("Strict")
                .secure(address.secure(request)).path("/report/follow-up").maxAge(clear ? 0 : -1).build();
    }
}
