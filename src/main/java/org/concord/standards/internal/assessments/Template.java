package org.concord.standards.internal.assessments;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One edition of an assessment template, with every language's texts. {@code inUse}: an assessment answers it, so
 * it is not changed any more (an edit makes the next edition). Texts are looked up by BCP 47 tag, English when the
 * reader's language has none.
 */
public record Template(long id, String code, int edition, boolean inUse, boolean latest, Instant createdAt,
                       Map<String, TemplateForm.Text> texts, List<Section> sections) {

    public record Section(long id, String code, Map<String, String> names, List<Question> questions) {
        public String name(String language) {
            return pick(names, language);
        }
    }

    public record Question(long id, String code, Map<String, TemplateForm.QuestionText> texts) {
        public TemplateForm.QuestionText text(String language) {
            return pick(texts, language);
        }
    }

    public String name(String language) {
        return pick(texts, language).name();
    }

    public String description(String language) {
        return pick(texts, language).description();
    }

    public int questionCount() {
        return sections.stream().mapToInt(s -> s.questions().size()).sum();
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    static <T> T pick(Map<String, T> byLanguage, String language) {
        T local = byLanguage.get(language);
        return local != null ? local : byLanguage.getOrDefault("en", byLanguage.values().stream().findFirst().orElse(null));
    }
}
