package org.concord.standards.internal.assessments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.standards.internal.NameRow;

/**
 * A template as its page edits it: the structure (codes of the sections and questions, their order) and the texts of
 * ONE language ({@link #language}). Saving merges these texts into the template's other languages, matching sections
 * and questions by code, so that a translator edits one language without touching the others. A blank text in a
 * language other than English means "not translated" (readers then see English).
 */
public class TemplatePageForm {

    static final Pattern TEMPLATE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,29}");
    static final int LEVELS = 5;

    private String code;
    private String language = "en";
    private String name;
    private String description;
    private List<SectionRow> sections = new ArrayList<>();

    public static class SectionRow {
        private String code;
        private String name;
        private List<QuestionRow> questions = new ArrayList<>();

        public String getCode() { return code; }
        public void setCode(String v) { code = NameRow.blankToNull(v); }
        public String getName() { return name; }
        public void setName(String v) { name = NameRow.blankToNull(v); }
        public List<QuestionRow> getQuestions() { return questions; }
        public void setQuestions(List<QuestionRow> v) { questions = v == null ? new ArrayList<>() : v; }
    }

    public static class QuestionRow {
        private String code;
        private String text;
        private String guidance;
        private String evidence;
        /** The meaning of scores 0 to 4, in that order. */
        private List<String> levels = blankLevels();

        public String getCode() { return code; }
        public void setCode(String v) { code = NameRow.blankToNull(v); }
        public String getText() { return text; }
        public void setText(String v) { text = NameRow.blankToNull(v); }
        public String getGuidance() { return guidance; }
        public void setGuidance(String v) { guidance = NameRow.blankToNull(v); }
        public String getEvidence() { return evidence; }
        public void setEvidence(String v) { evidence = NameRow.blankToNull(v); }
        public List<String> getLevels() { return levels; }
        public void setLevels(List<String> v) {
            levels = blankLevels();
            if (v != null) {
                for (int i = 0; i < Math.min(LEVELS, v.size()); i++) {
                    levels.set(i, NameRow.blankToNull(v.get(i)));
                }
            }
        }

        boolean blank() {
            return text == null && guidance == null && evidence == null && levels.stream().allMatch(l -> l == null);
        }
    }

    private static List<String> blankLevels() {
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < LEVELS; i++) {
            levels.add(null);
        }
        return levels;
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = NameRow.blankToNull(v); }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = NameRow.blankToNull(v) == null ? "en" : v.trim(); }
    public String getName() { return name; }
    public void setName(String v) { name = NameRow.blankToNull(v); }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = NameRow.blankToNull(v); }
    public List<SectionRow> getSections() { return sections; }
    public void setSections(List<SectionRow> v) { sections = v == null ? new ArrayList<>() : v; }

    /** Blank rubric levels as null: a form binds list elements without their setter. */
    void normalize() {
        for (SectionRow section : sections) {
            for (QuestionRow question : section.getQuestions()) {
                question.setLevels(new ArrayList<>(question.getLevels()));
            }
        }
    }

    /** An empty template: one risk area with one question. */
    static TemplatePageForm blank() {
        TemplatePageForm form = new TemplatePageForm();
        form.addSection();
        return form;
    }

    void addSection() {
        SectionRow section = new SectionRow();
        section.getQuestions().add(new QuestionRow());
        sections.add(section);
    }

    void addQuestion(int section) {
        if (section >= 0 && section < sections.size()) {
            sections.get(section).getQuestions().add(new QuestionRow());
        }
    }

    void removeSection(int section) {
        if (section >= 0 && section < sections.size()) {
            sections.remove(section);
        }
    }

    void removeQuestion(int section, int question) {
        if (section >= 0 && section < sections.size() && question >= 0 && question < sections.get(section).getQuestions().size()) {
            sections.get(section).getQuestions().remove(question);
        }
    }

    /** The template's structure with its texts in {@code language} (blank where that language has none). */
    static TemplatePageForm of(Template template, String language) {
        TemplatePageForm form = new TemplatePageForm();
        form.setCode(template.code());
        form.setLanguage(language);
        TemplateForm.Text text = template.texts().get(language);
        if (text != null) {
            form.setName(text.name());
            form.setDescription(text.description());
        }
        for (Template.Section s : template.sections()) {
            SectionRow section = new SectionRow();
            section.setCode(s.code());
            section.setName(s.names().get(language));
            for (Template.Question q : s.questions()) {
                QuestionRow question = new QuestionRow();
                question.setCode(q.code());
                TemplateForm.QuestionText t = q.texts().get(language);
                if (t != null) {
                    question.setText(t.text());
                    question.setGuidance(t.guidance());
                    question.setEvidence(t.evidence());
                    question.setLevels(t.levels());
                }
                section.getQuestions().add(question);
            }
            form.getSections().add(section);
        }
        return form;
    }

    /**
     * The rules the page checks before the service does: codes in their format, and a question's text and its five
     * levels given together (a question in this language is given whole or not at all). Field names are this form's.
     */
    List<FieldError> check() {
        normalize();
        List<FieldError> errors = new ArrayList<>();
        if (code == null) {
            errors.add(new FieldError("code", "required"));
        } else if (!TEMPLATE_CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "assessment-template-code-format"));
        }
        if (sections.isEmpty()) {
            errors.add(new FieldError("sections", "assessment-no-sections"));
        }
        for (int s = 0; s < sections.size(); s++) {
            SectionRow section = sections.get(s);
            String at = "sections[" + s + "]";
            if (section.getCode() == null) {
                errors.add(new FieldError(at + ".code", "required"));
            } else if (!ITEM_CODE.matcher(section.getCode()).matches()) {
                errors.add(new FieldError(at + ".code", "assessment-code-format"));
            }
            if (section.getQuestions().isEmpty()) {
                errors.add(new FieldError(at + ".code", "assessment-no-questions"));
            }
            for (int q = 0; q < section.getQuestions().size(); q++) {
                QuestionRow question = section.getQuestions().get(q);
                String qAt = at + ".questions[" + q + "]";
                if (question.getCode() == null) {
                    errors.add(new FieldError(qAt + ".code", "required"));
                } else if (!ITEM_CODE.matcher(question.getCode()).matches()) {
                    errors.add(new FieldError(qAt + ".code", "assessment-code-format"));
                }
                if (question.blank()) {
                    continue;
                }
                if (question.getText() == null) {
                    errors.add(new FieldError(qAt + ".text", "required"));
                }
                for (int l = 0; l < LEVELS; l++) {
                    if (question.getLevels().get(l) == null) {
                        errors.add(new FieldError(qAt + ".levels[" + l + "]", "required"));
                    }
                }
            }
        }
        return errors;
    }

    /**
     * The whole template the service takes: {@code current}'s texts in every language (none for a new template),
     * with this form's language replaced by what the form holds, and the form's structure.
     */
    TemplateForm merge(Template current) {
        Map<String, TemplateForm.Text> texts = new LinkedHashMap<>(current == null ? Map.of() : current.texts());
        texts.remove(language);
        if (name != null || description != null) {
            texts.put(language, new TemplateForm.Text(name, description));
        }
        Map<String, Template.Section> currentSections = new LinkedHashMap<>();
        Map<String, Template.Question> currentQuestions = new LinkedHashMap<>();
        if (current != null) {
            current.sections().forEach(s -> currentSections.put(s.code(), s));
            current.questions().forEach(q -> currentQuestions.put(q.code(), q));
        }
        List<TemplateForm.SectionForm> sectionForms = new ArrayList<>();
        for (SectionRow s : sections) {
            Template.Section was = currentSections.get(s.getCode());
            Map<String, String> names = new LinkedHashMap<>(was == null ? Map.of() : was.names());
            names.remove(language);
            if (s.getName() != null) {
                names.put(language, s.getName());
            }
            List<TemplateForm.QuestionForm> questions = new ArrayList<>();
            for (QuestionRow q : s.getQuestions()) {
                Template.Question wasQ = currentQuestions.get(q.getCode());
                Map<String, TemplateForm.QuestionText> questionTexts = new LinkedHashMap<>(wasQ == null ? Map.of() : wasQ.texts());
                questionTexts.remove(language);
                if (!q.blank()) {
                    questionTexts.put(language, new TemplateForm.QuestionText(q.getText(), q.getGuidance(),
                            q.getEvidence(), List.copyOf(q.getLevels())));
                }
                questions.add(new TemplateForm.QuestionForm(q.getCode(), questionTexts));
            }
            sectionForms.add(new TemplateForm.SectionForm(s.getCode(), names, questions));
        }
        return new TemplateForm(code, texts, sectionForms);
    }

    /** A field the service named in its TemplateForm, as this form names it: sections[0].names -> sections[0].name. */
    static String pageField(String serviceField) {
        if (serviceField.equals("texts")) {
            return "name";
        }
        return serviceField.replaceAll("\\.names$", ".name").replaceAll("\\.texts$", ".text");
    }
}
