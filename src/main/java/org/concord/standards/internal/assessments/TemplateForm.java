package org.concord.standards.internal.assessments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template as the API sends it: its code, its name and description per language, and its sections (risk areas),
 * each with questions whose text, guidance, required evidence and five rubric levels (the meaning of scores 0-4)
 * are given per language. English is required everywhere; other languages are optional.
 */
public record TemplateForm(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}") String code,
        @NotNull @Size(min = 1, max = 20) Map<String, @Valid Text> texts,
        @NotNull @Size(min = 1, max = 30) List<@Valid SectionForm> sections) {

    public record Text(@NotBlank @Size(max = 300) String name, @Size(max = 5000) String description) {
    }

    public record SectionForm(
            @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,29}") String code,
            @NotNull @Size(min = 1, max = 20) Map<String, @NotBlank @Size(max = 300) String> names,
            @NotNull @Size(min = 1, max = 100) List<@Valid QuestionForm> questions) {
    }

    public record QuestionForm(
            @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,29}") String code,
            @NotNull @Size(min = 1, max = 20) Map<String, @Valid QuestionText> texts) {
    }

    /** A question in one language; {@code levels} holds the meaning of scores 0, 1, 2, 3 and 4, in that order. */
    public record QuestionText(@NotBlank @Size(max = 5000) String text, @Size(max = 10000) String guidance,
                               @Size(max = 5000) String evidence,
                               @NotNull @Size(min = 5, max = 5) List<@NotBlank @Size(max = 2000) String> levels) {
    }

    /** The form of an existing template: what its next edition starts from. */
    static TemplateForm of(Template template) {
        List<SectionForm> sections = new ArrayList<>();
        for (Template.Section s : template.sections()) {
            List<QuestionForm> questions = s.questions().stream()
                    .map(q -> new QuestionForm(q.code(), new LinkedHashMap<>(q.texts()))).toList();
            sections.add(new SectionForm(s.code(), new LinkedHashMap<>(s.names()), questions));
        }
        return new TemplateForm(template.code(), new LinkedHashMap<>(template.texts()), sections);
    }
}
