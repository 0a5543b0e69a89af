package org.concord.standards.internal.assessments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * An assessment's results as CSV (UTF-8, RFC 4180, one row per question, header first; the columns are described
 * in the README): section, question, question_text, self_score, self_justification, self_evidence, review_score,
 * review_comment. Reading needs the question column; question_text is for people and ignored; any other column
 * missing is read as empty.
 */
final class ResultsCsv {

    static final List<String> COLUMNS = List.of("section", "question", "question_text", "self_score",
            "self_justification", "self_evidence", "review_score", "review_comment");

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** One row as read: its line in the file (1 = the header) and its values by column. */
    record Row(int line, Map<String, String> values) {
        String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value;
        }
    }

    private ResultsCsv() {
    }

    static String write(AssessmentView view) {
        StringBuilder out = new StringBuilder();
        line(out, COLUMNS);
        for (AssessmentView.SectionView s : view.sections()) {
            for (AssessmentView.QuestionView q : s.questions()) {
                line(out, java.util.Arrays.asList(s.code(), q.code(), q.text(), text(q.selfScore()), q.justification(),
                        q.evidence(), text(q.reviewScore()), q.reviewComment()));
            }
        }
        return out.toString();
    }

    private static String text(Integer score) {
        return score == null ? null : score.toString();
    }

    private static void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values.get(i);
            if (v != null) {
                boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
                out.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
            }
        }
        out.append("\r\n");
    }

    /** The rows of a results file; a file that cannot be read is refused naming the line. */
    static List<Row> read(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(text)) {
            if (!it.hasNext()) {
                throw new InvalidInputException("csv", "assessment-csv-empty");
            }
            String[] header = it.next();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                columns.put(header[i].trim().toLowerCase(java.util.Locale.ROOT), i);
            }
            if (!columns.containsKey("question")) {
                throw new InvalidInputException("csv", "assessment-csv-question-column");
            }
            int line = 1;
            while (it.hasNext()) {
                String[] values = it.next();
                line++;
                if (values.length == 0 || (values.length == 1 && values[0].isBlank())) {
                    continue;
                }
                Map<String, String> byColumn = new HashMap<>();
                columns.forEach((name, i) -> byColumn.put(name, i < values.length ? values[i] : null));
                rows.add(new Row(line, byColumn));
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidInputException("csv", "assessment-csv-unreadable", line);
        }
        return rows;
    }

    /** A score column's value: empty, or a whole number 0-4; anything else is reported by line and column. */
    static Integer score(Row row, String column, List<FieldError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            int score = Integer.parseInt(value.trim());
            if (score >= 0 && score <= 4) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("line " + row.line() + ", " + column, "assessment-score-range"));
        return null;
    }
}
