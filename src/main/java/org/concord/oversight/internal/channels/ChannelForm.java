package org.concord.oversight.internal.channels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.oversight.Category;
import org.concord.shared.Language;

/**
 * What an administrator posts to open or change a channel, from the page or the API. A question's options are
 * written one per line as {@code key | English | French | Spanish | Russian | Arabic | Ukrainian} (later labels may be
 * left out), so the form needs no script to add options.
 */
public class ChannelForm {

    private Long organisationId;
    private String slug;
    private List<TextRow> texts = new ArrayList<>();
    private List<Long> recipients = new ArrayList<>();
    private List<Category> categories = new ArrayList<>();
    private List<QuestionRow> questions = new ArrayList<>();
    private int acknowledgeDays = 7;
    private int feedbackDays = 90;
    private int retentionDays = 1826;
    private boolean open = true;

    public static class TextRow {
        private String language;
        private String name;
        private String description;

        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    public static class QuestionRow {
        private String key;
        private Questionnaire.Kind kind;
        private boolean required;
        private Map<String, String> labels = new LinkedHashMap<>();
        private String options;

        public boolean blank() {
            return (key == null || key.isBlank()) && labels.values().stream().allMatch(l -> l == null || l.isBlank());
        }

        Questionnaire.Question toQuestion() {
            Map<String, String> clean = new LinkedHashMap<>();
            labels.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    clean.put(k, v.strip());
                }
            });
            List<Questionnaire.Option> parsed = new ArrayList<>();
            if (options != null) {
                for (String line : options.split("\\R")) {
                    String[] parts = line.split("\\|");
                    if (parts.length == 0 || parts[0].isBlank()) {
                        continue;
                    }
                    Map<String, String> optionLabels = new LinkedHashMap<>();
                    Language[] languages = Language.values();
                    for (int i = 1; i < parts.length && i <= languages.length; i++) {
                        if (!parts[i].isBlank()) {
                            optionLabels.put(languages[i - 1].tag(), parts[i].strip());
                        }
                    }
                    if (optionLabels.isEmpty()) {
                        optionLabels.put("en", parts[0].strip());
                    }
                    parsed.add(new Questionnaire.Option(parts[0].strip(), optionLabels));
                }
            }
            return new Questionnaire.Question(key == null ? null : key.strip(), kind, required, clean, parsed);
        }

        static QuestionRow of(Questionnaire.Question q) {
            QuestionRow row = new QuestionRow();
            row.key = q.key();
            row.kind = q.kind();
            row.required = q.required();
            row.labels = new LinkedHashMap<>(q.labels());
            StringBuilder sb = new StringBuilder();
            for (Questionnaire.Option o : q.options()) {
                sb.append(o.key());
                for (Language l : Language.values()) {
                    sb.append(" | ").append(o.labels().getOrDefault(l.tag(), ""));
                }
                sb.append('\n');
            }
            row.options = sb.toString().replaceAll("( \\| )+\\n", "\n");
            return row;
        }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public Questionnaire.Kind getKind() { return kind; }
        public void setKind(Questionnaire.Kind kind) { this.kind = kind; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
        public Map<String, String> getLabels() { return labels; }
        public void setLabels(Map<String, String> labels) { this.labels = labels; }
        public String getOptions() { return options; }
        public void setOptions(String options) { this.options = options; }
    }

    Questionnaire questionnaire() {
        return new Questionnaire(questions.stream().filter(q -> !q.blank()).map(QuestionRow::toQuestion).toList());
    }

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public List<TextRow> getTexts() { return texts; }
    public void setTexts(List<TextRow> texts) { this.texts = texts; }
    public List<Long> getRecipients() { return recipients; }
    public void setRecipients(List<Long> recipients) { this.recipients = recipients; }
    public List<Category> getCategories() { return categories; }
    public void setCategories(List<Category> categories) { this.categories = categories; }
    public List<QuestionRow> getQuestions() { return questions; }
    public void setQuestions(List<QuestionRow> questions) { this.questions = questions; }
    public int getAcknowledgeDays() { return acknowledgeDays; }
    public void setAcknowledgeDays(int acknowledgeDays) { this.acknowledgeDays = acknowledgeDays; }
    public int getFeedbackDays() { return feedbackDays; }
    public void setFeedbackDays(int feedbackDays) { this.feedbackDays = feedbackDays; }
    public int getRetentionDays() { return retentionDays; }
    public void setRetentionDays(int retentionDays) { this.retentionDays = retentionDays; }
    public boolean isOpen() { return open; }
    public void setOpen(boolean open) { this.open = open; }
}
