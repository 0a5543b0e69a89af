package org.concord.oversight.internal.channels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.Language;
import tools.jackson.databind.json.JsonMapper;

/**
 * A channel's questions as the reporter's form shows them: kind, required or not, labels in several languages (BCP 47
 * tag to text; English is the fallback) and, for choices, the options. Kept as JSON on the channel: nothing
 * confidential. Keys are short stable names ("q1", "when") that the sealed answers refer to.
 */
public record Questionnaire(List<Question> questions) {

    public static final int MAX_QUESTIONS = 40;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum Kind { TEXT, LONG_TEXT, CHOICE, MULTIPLE_CHOICE, DATE, PLACE, FILE }

    public record Option(String key, Map<String, String> labels) {
        public String label(Language language) {
            return Questionnaire.label(labels, language);
        }
    }

    public record Question(String key, Kind kind, boolean required, Map<String, String> labels, List<Option> options) {
        public Question {
            labels = labels == null ? Map.of() : new LinkedHashMap<>(labels);
            options = options == null ? List.of() : List.copyOf(options);
        }

        public String label(Language language) {
            return Questionnaire.label(labels, language);
        }

        public boolean hasOption(String key) {
            return options.stream().anyMatch(o -> o.key().equals(key));
        }
    }

    public Questionnaire {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    static String label(Map<String, String> labels, Language language) {
        String text = labels.get(language.tag());
        return text == null || text.isBlank() ? labels.getOrDefault("en", labels.values().stream().findFirst().orElse(""))
                : text;
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public static Questionnaire fromJson(String json) {
        return JSON.readValue(json, Questionnaire.class);
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** The rules an administrator's questionnaire must keep; each broken one names the question's field. */
    public void check() {
        List<FieldError> errors = new ArrayList<>();
        if (questions.size() > MAX_QUESTIONS) {
            errors.add(new FieldError("questions", "too-many-questions", MAX_QUESTIONS));
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String field = "questions[" + i + "]";
            if (q.key() == null || !q.key().matches("[a-z][a-z0-9_]{0,39}") || !keys.add(q.key())) {
                errors.add(new FieldError(field + ".key", "question-key"));
            }
            if (q.kind() == null) {
                errors.add(new FieldError(field + ".kind", "required"));
            }
            if (q.labels().values().stream().allMatch(l -> l == null || l.isBlank())) {
                errors.add(new FieldError(field + ".labels", "required"));
            }
            boolean choice = q.kind() == Kind.CHOICE || q.kind() == Kind.MULTIPLE_CHOICE;
            if (choice && q.options().isEmpty()) {
                errors.add(new FieldError(field + ".options", "options-required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
