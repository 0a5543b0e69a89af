package org.concord.oversight.internal.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.oversight.internal.channels.Questionnaire;
import org.concord.oversight.internal.channels.Questionnaire.Question;
import org.concord.shared.InvalidInputException.FieldError;

/**
 * Answers checked against the questionnaire: required ones given, choices among the options, dates real dates,
 * texts within their length. Answers to questions the channel does not ask are dropped. Texts are kept as typed
 * (pages escape them when they show them).
 */
final class AnswerCheck {

    static final int SHORT = 1_000;
    static final int LONG = 20_000;

    private AnswerCheck() {
    }

    static Map<String, List<String>> check(Questionnaire questionnaire, Map<String, List<String>> given,
                                           List<AttachmentCheck.Incoming> files, List<FieldError> errors) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            String field = "answer." + q.key();
            List<String> values = new ArrayList<>();
            for (String v : given.getOrDefault(q.key(), List.of())) {
                if (v != null && !v.isBlank()) {
                    values.add(v.strip());
                }
            }
            if (q.kind() == Questionnaire.Kind.FILE) {
                if (q.required() && files.stream().noneMatch(f -> q.key().equals(f.question()))) {
                    errors.add(new FieldError("file." + q.key(), "required"));
                }
                continue;
            }
            if (values.isEmpty()) {
                if (q.required()) {
                    errors.add(new FieldError(field, "required"));
                }
                continue;
            }
            switch (q.kind()) {
                case TEXT, PLACE -> {
                    if (values.size() > 1 || values.get(0).length() > SHORT) {
                        errors.add(new FieldError(field, "too-long", SHORT));
                    }
                }
                case LONG_TEXT -> {
                    if (values.size() > 1 || values.get(0).length() > LONG) {
                        errors.add(new FieldError(field, "too-long", LONG));
                    }
                }
                case CHOICE -> {
                    if (values.size() > 1 || !q.hasOption(values.get(0))) {
                        errors.add(new FieldError(field, "unknown-option"));
                    }
                }
                case MULTIPLE_CHOICE -> {
                    if (values.size() > q.options().size() || !values.stream().allMatch(q::hasOption)) {
                        errors.add(new FieldError(field, "unknown-option"));
                    }
                }
                case DATE -> {
                    try {
                        if (values.size() > 1 || LocalDate.parse(values.get(0)).isAfter(LocalDate.now().plusDays(1))) {
                            errors.add(new FieldError(field, "date-invalid"));
                        }
                    } catch (DateTimeParseException e) {
                        errors.add(new FieldError(field, "date-invalid"));
                    }
                }
                default -> {
                }
            }
            kept.put(q.key(), List.copyOf(values));
        }
        return kept;
    }
}
