package org.concord.standards.internal.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results in and out as CSV ({@link ResultsCsv}). An import writes the side the assessment is waiting for: the
 * institution's answers while it is a draft (for its coordinators), the evaluator's while it is submitted (for an
 * outside evaluator); it saves, it does not submit or complete. All rows or none: one transaction.
 */
@Service
class ResultsImport {

    private final AssessmentService assessments;

    ResultsImport(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Transactional(readOnly = true)
    public String export(long id, Locale locale) {
        return ResultsCsv.write(assessments.get(id, locale));
    }

    /** Imports the file's answers; returns how many questions it answered. */
    @Transactional
    public int importResults(long id, String csv) {
        AssessmentView current = assessments.get(id, Locale.ENGLISH);
        boolean self = current.status() == Assessment.Status.DRAFT;
        List<ResultsCsv.Row> rows = ResultsCsv.read(csv);
        List<FieldError> errors = new ArrayList<>();
        AnswersForm form = new AnswersForm();
        for (ResultsCsv.Row row : rows) {
            Integer score = ResultsCsv.score(row, self ? "self_score" : "review_score", errors);
            form.getRows().add(self
                    ? new AnswersForm.Row(row.get("question"), score, row.get("self_justification"), row.get("self_evidence"), null)
                    : new AnswersForm.Row(row.get("question"), score, null, null, row.get("review_comment")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        try {
            if (self) {
                assessments.saveSelf(id, form, false);
            } else {
                assessments.saveReview(id, form, false);
            }
        } catch (InvalidInputException e) {
            // name the file's line rather than the form's row
            throw new InvalidInputException(e.errors().stream().map(error -> new FieldError(
                    lineOf(error.field(), rows), error.rule(), error.arguments())).toList());
        }
        return rows.size();
    }

    private static String lineOf(String field, List<ResultsCsv.Row> rows) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("rows\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (!m.matches()) {
            return field;
        }
        return "line " + rows.get(Integer.parseInt(m.group(1))).line() + ", " + m.group(2);
    }
}
