package org.concord.standards.internal.assessments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Assessments and their answers in their tables (V55). */
@Repository
class AssessmentStore {

    private static final String COLUMNS = """
            id, template_id, organisation_id, assessed_on, status, created_at, created_by, submitted_at, submitted_by,
            reviewer, reviewed_at, published_at, version""";

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long templateId, long organisationId, LocalDate assessedOn, Instant now, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into standards_assessment (template_id, organisation_id, assessed_on, status, created_at, created_by)
                values (?, ?, ?, 'DRAFT', ?, ?)""")
                .params(templateId, organisationId, assessedOn, Timestamp.from(now), by).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The assessment, its row locked for the rest of the transaction when {@code lock}. */
    Optional<Assessment> find(long id, boolean lock) {
        Optional<Assessment> head = jdbc.sql("select " + COLUMNS + " from standards_assessment where id = ?"
                        + (lock ? " for update" : "")).param(id)
                .query((rs, n) -> head(rs, answers(rs.getLong("id")))).optional();
        return head;
    }

    /** Every assessment of an institution, newest first. */
    List<Assessment> ofOrganisation(long organisationId) {
        return jdbc.sql("select " + COLUMNS + " from standards_assessment where organisation_id = ? "
                        + "order by assessed_on desc, id desc").param(organisationId)
                .query((rs, n) -> head(rs, null)).list().stream()
                .map(a -> withAnswers(a, answers(a.id()))).toList();
    }

    private Map<Long, Assessment.Answer> answers(long assessmentId) {
        Map<Long, Assessment.Answer> answers = new LinkedHashMap<>();
        jdbc.sql("""
                select question_id, self_score, self_justification, self_evidence, review_score, review_comment
                from standards_assessment_answer where assessment_id = ?""").param(assessmentId)
                .query(rs -> {
                    answers.put(rs.getLong(1), new Assessment.Answer((Integer) rs.getObject(2), rs.getString(3),
                            rs.getString(4), (Integer) rs.getObject(5), rs.getString(6)));
                });
        return answers;
    }

    private static Assessment withAnswers(Assessment a, Map<Long, Assessment.Answer> answers) {
        return new Assessment(a.id(), a.templateId(), a.organisationId(), a.assessedOn(), a.status(), a.createdAt(),
                a.createdBy(), a.submittedAt(), a.submittedBy(), a.reviewer(), a.reviewedAt(), a.publishedAt(),
                a.version(), answers);
    }

    private static Assessment head(ResultSet rs, Map<Long, Assessment.Answer> answers) throws SQLException {
        return new Assessment(rs.getLong("id"), rs.getLong("template_id"), rs.getLong("organisation_id"),
                rs.getObject("assessed_on", LocalDate.class), Assessment.Status.valueOf(rs.getString("status")),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "submitted_at"),
                rs.getString("submitted_by"), rs.getString("reviewer"), instant(rs, "reviewed_at"),
                instant(rs, "published_at"), rs.getLong("version"), answers == null ? Map.of() : answers);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** Writes the institution's side of one answer, keeping the evaluator's. */
    void saveSelf(long assessmentId, long questionId, Integer score, String justification, String evidence) {
        jdbc.sql("""
                insert into standards_assessment_answer (assessment_id, question_id, self_score, self_justification, self_evidence)
                values (?, ?, ?, ?, ?)
                on conflict (assessment_id, question_id) do update set self_score = excluded.self_score,
                    self_justification = excluded.self_justification, self_evidence = excluded.self_evidence""")
                .params(assessmentId, questionId, score, justification, evidence).update();
    }

    /** Writes the evaluator's side of one answer, keeping the institution's. */
    void saveReview(long assessmentId, long questionId, Integer score, String comment) {
        jdbc.sql("""
                insert into standards_assessment_answer (assessment_id, question_id, review_score, review_comment)
                values (?, ?, ?, ?)
                on conflict (assessment_id, question_id) do update set review_score = excluded.review_score,
                    review_comment = excluded.review_comment""")
                .params(assessmentId, questionId, score, comment).update();
    }

    void submit(long id, Instant now, String by) {
        jdbc.sql("update standards_assessment set status = 'SUBMITTED', submitted_at = ?, submitted_by = ?, "
                + "version = version + 1 where id = ?").params(Timestamp.from(now), by, id).update();
    }

    void touch(long id, String reviewer) {
        jdbc.sql("update standards_assessment set version = version + 1, reviewer = coalesce(?, reviewer) where id = ?")
                .params(reviewer, id).update();
    }

    void complete(long id, Instant now, String by) {
        jdbc.sql("update standards_assessment set status = 'REVIEWED', reviewed_at = ?, reviewer = ?, "
                + "version = version + 1 where id = ?").params(Timestamp.from(now), by, id).update();
    }

    void publish(long id, Instant now) {
        jdbc.sql("update standards_assessment set published_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(now), id).update();
    }

    /** The id of the latest published assessment of each of these institutions that has one. */
    List<Long> latestPublishedOf(java.util.Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct on (organisation_id) id from standards_assessment
                where organisation_id = any(cast(:ids as bigint[])) and published_at is not null
                order by organisation_id, assessed_on desc, id desc""")
                .param("ids", organisationIds.toArray(Long[]::new)).query(Long.class).list();
    }

    /** The ids of the institution's published assessments, oldest first. */
    List<Long> publishedOf(long organisationId) {
        return jdbc.sql("select id from standards_assessment where organisation_id = ? and published_at is not null "
                + "order by assessed_on, id").param(organisationId).query(Long.class).list();
    }
}
