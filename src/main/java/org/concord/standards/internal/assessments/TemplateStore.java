package org.concord.standards.internal.assessments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Templates in their tables (V55): written whole, read whole. */
@Repository
class TemplateStore {

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(TemplateForm form, int edition, Instant now, String by) {
        long id = insertReturningId("insert into standards_assessment_template (code, edition, created_at, created_by) "
                + "values (?, ?, ?, ?)", form.code(), edition, java.sql.Timestamp.from(now), by);
        writeContent(id, form);
        return id;
    }

    /** Replaces a template's texts, sections and questions (only while no assessment uses it). */
    void replaceContent(long id, TemplateForm form) {
        jdbc.sql("delete from standards_assessment_section where template_id = ?").param(id).update();
        jdbc.sql("delete from standards_assessment_template_text where template_id = ?").param(id).update();
        writeContent(id, form);
    }

    private void writeContent(long id, TemplateForm form) {
        form.texts().forEach((language, text) -> jdbc.sql("insert into standards_assessment_template_text "
                        + "(template_id, language, name, description) values (?, ?, ?, ?)")
                .params(id, language, text.name(), text.description()).update());
        int sectionPosition = 0;
        for (TemplateForm.SectionForm section : form.sections()) {
            long sectionId = insertReturningId("insert into standards_assessment_section (template_id, position, code) "
                    + "values (?, ?, ?)", id, sectionPosition++, section.code());
            section.names().forEach((language, name) -> jdbc.sql("insert into standards_assessment_section_text "
                    + "(section_id, language, name) values (?, ?, ?)").params(sectionId, language, name).update());
            int questionPosition = 0;
            for (TemplateForm.QuestionForm question : section.questions()) {
                long questionId = insertReturningId("insert into standards_assessment_question "
                                + "(section_id, template_id, position, code) values (?, ?, ?, ?)",
                        sectionId, id, questionPosition++, question.code());
                question.texts().forEach((language, t) -> jdbc.sql("""
                                insert into standards_assessment_question_text (question_id, language, text, guidance,
                                    evidence, level_0, level_1, level_2, level_3, level_4)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(questionId, language, t.text(), t.guidance(), t.evidence(), t.levels().get(0),
                                t.levels().get(1), t.levels().get(2), t.levels().get(3), t.levels().get(4)).update());
            }
        }
    }

    private long insertReturningId(String sql, Object... params) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean inUse(long id) {
        return jdbc.sql("select exists (select 1 from standards_assessment where template_id = ?)").param(id)
                .query(Boolean.class).single();
    }

    int latestEdition(String code) {
        return jdbc.sql("select coalesce(max(edition), 0) from standards_assessment_template where code = ?")
                .param(code).query(Integer.class).single();
    }

    /** Locks the template's row, so that an edit and the start of an assessment on it take turns. */
    boolean lock(long id) {
        return jdbc.sql("select id from standards_assessment_template where id = ? for update").param(id)
                .query(Long.class).optional().isPresent();
    }

    /** The latest edition of every template, by code. */
    List<Template> latestEditions() {
        List<Long> ids = jdbc.sql("""
                select distinct on (code) id from standards_assessment_template order by code, edition desc""")
                .query(Long.class).list();
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    Optional<Template> find(long id) {
        record Head(long id, String code, int edition, Instant createdAt, boolean inUse, boolean latest) {
        }
        Optional<Head> head = jdbc.sql("""
                select t.id, t.code, t.edition, t.created_at,
                       exists (select 1 from standards_assessment a where a.template_id = t.id) as in_use,
                       not exists (select 1 from standards_assessment_template n where n.code = t.code and n.edition > t.edition) as latest
                from standards_assessment_template t where t.id = ?""").param(id)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), rs.getBoolean(5), rs.getBoolean(6))).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<String, TemplateForm.Text> texts = new LinkedHashMap<>();
        jdbc.sql("select language, name, description from standards_assessment_template_text where template_id = ? order by language")
                .param(id).query(rs -> {
                    texts.put(rs.getString(1), new TemplateForm.Text(rs.getString(2), rs.getString(3)));
                });
        Map<Long, Map<String, String>> sectionNames = new LinkedHashMap<>();
        jdbc.sql("""
                select st.section_id, st.language, st.name from standards_assessment_section_text st
                join standards_assessment_section s on s.id = st.section_id where s.template_id = ? order by st.language""")
                .param(id).query(rs -> {
                    sectionNames.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        Map<Long, Map<String, TemplateForm.QuestionText>> questionTexts = new LinkedHashMap<>();
        jdbc.sql("""
                select qt.question_id, qt.language, qt.text, qt.guidance, qt.evidence, qt.level_0, qt.level_1, qt.level_2,
                       qt.level_3, qt.level_4
                from standards_assessment_question_text qt
                join standards_assessment_question q on q.id = qt.question_id where q.template_id = ? order by qt.language""")
                .param(id).query(rs -> {
                    questionTexts.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            new TemplateForm.QuestionText(rs.getString(3), rs.getString(4), rs.getString(5),
                                    List.of(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10))));
                });
        Map<Long, List<Template.Question>> questions = new LinkedHashMap<>();
        jdbc.sql("select id, section_id, code from standards_assessment_question where template_id = ? order by section_id, position")
                .param(id).query(rs -> {
                    long questionId = rs.getLong(1);
                    questions.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Template.Question(questionId,
                            rs.getString(3), questionTexts.getOrDefault(questionId, Map.of())));
                });
        List<Template.Section> sections = jdbc.sql("select id, code from standards_assessment_section where template_id = ? order by position")
                .param(id).query((rs, n) -> new Template.Section(rs.getLong(1), rs.getString(2),
                        sectionNames.getOrDefault(rs.getLong(1), Map.of()), questions.getOrDefault(rs.getLong(1), List.of())))
                .list();
        Head h = head.get();
        return Optional.of(new Template(h.id(), h.code(), h.edition(), h.inUse(), h.latest(), h.createdAt(), texts, sections));
    }
}
