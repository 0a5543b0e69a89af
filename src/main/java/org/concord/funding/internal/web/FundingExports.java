package org.concord.funding.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.funding.AgreementSummary;
import org.concord.funding.internal.view.AgreementDetail;
import org.concord.funding.internal.view.AgreementQueries;
import org.concord.funding.internal.view.AgreementReader;
import org.concord.funding.internal.view.FundingAgreementsService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV exports of the filtered agreements, their conditions and the verification results. Each agreement is read as
 * the requester may see it, so what a funder keeps confidential stays out of the files as it stays off the pages.
 */
@RestController
@Tag(name = "Funding")
class FundingExports {

    private final FundingAgreementsService list;
    private final AgreementReader reader;

    FundingExports(FundingAgreementsService list, AgreementReader reader) {
        this.list = list;
        this.reader = reader;
    }

    @GetMapping({"/funding/export/agreements.csv", "/api/v1/funding/export/agreements.csv"})
    @Operation(summary = "The filtered agreements as CSV")
    void agreements(@RequestParam(required = false) String country, @RequestParam(required = false) Long funder,
                    @RequestParam(required = false) Long recipient, @RequestParam(required = false) String status,
                    Locale locale, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("agreement_id", "title", "funder_id", "funder", "recipient_id", "recipient", "country",
                "total_amount", "released_amount", "currency", "start_date", "end_date", "status", "conditions",
                "conditions_met_or_waived"));
        for (AgreementSummary a : list.all(filter(country, funder, recipient, status), locale)) {
            rows.add(row(a.id(), a.title(), a.funderId(), a.funderName(), a.recipientId(), a.recipientName(), a.country(),
                    a.totalAmount(), a.releasedAmount(), a.currency(), a.start(), a.end(), a.status(), a.conditions(),
                    a.conditionsMet()));
        }
        write(response, "funding-agreements.csv", rows);
    }

    @GetMapping({"/funding/export/conditions.csv", "/api/v1/funding/export/conditions.csv"})
    @Operation(summary = "The conditions of the filtered agreements as CSV, with status and waivers")
    void conditions(@RequestParam(required = false) String country, @RequestParam(required = false) Long funder,
                    @RequestParam(required = false) Long recipient, @RequestParam(required = false) String status,
                    Locale locale, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("agreement_id", "condition_id", "position", "kind", "text", "indicator_id", "comparator",
                "target_value", "baseline_value", "due_date", "status", "met_share", "waiver_justification"));
        for (AgreementSummary s : list.all(filter(country, funder, recipient, status), locale)) {
            AgreementDetail a = reader.read(s.id(), locale);
            for (AgreementDetail.ConditionView c : a.conditions()) {
                rows.add(row(a.id(), c.id(), c.position(), c.kind(), c.text(), c.indicatorId(), c.comparator(),
                        c.targetValue(), c.baselineValue(), c.dueDate(), c.status(), c.metShare(), c.waiverJustification()));
            }
        }
        write(response, "funding-conditions.csv", rows);
    }

    @GetMapping({"/funding/export/verifications.csv", "/api/v1/funding/export/verifications.csv"})
    @Operation(summary = "The verification results of the filtered agreements' conditions as CSV")
    void verifications(@RequestParam(required = false) String country, @RequestParam(required = false) Long funder,
                       @RequestParam(required = false) Long recipient, @RequestParam(required = false) String status,
                       Locale locale, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("agreement_id", "condition_id", "verification_id", "outcome", "share", "finding",
                "evaluator_id", "evaluator", "verified_at"));
        for (AgreementSummary s : list.all(filter(country, funder, recipient, status), locale)) {
            AgreementDetail a = reader.read(s.id(), locale);
            for (AgreementDetail.ConditionView c : a.conditions()) {
                for (AgreementDetail.VerificationView v : c.verifications()) {
                    rows.add(row(a.id(), c.id(), v.id(), v.outcome(), v.share(), v.finding(), v.evaluator().id(),
                            v.evaluator().name(), v.verifiedAt()));
                }
            }
        }
        write(response, "funding-verifications.csv", rows);
    }

    private static AgreementQueries.Filter filter(String country, Long funder, Long recipient, String status) {
        return new AgreementQueries.Filter(country, funder, recipient, status, 0, 0);
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v instanceof java.math.BigDecimal d ? d.toPlainString() : v);
        }
        return row;
    }

    private static void write(HttpServletResponse response, String name, List<List<Object>> rows) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        for (List<Object> row : rows) {
            StringBuilder line = new StringBuilder();
            for (Object value : row) {
                if (!line.isEmpty()) {
                    line.append(',');
                }
                line.append(cell(value));
            }
            out.write(line.append("\r\n").toString());
        }
        out.flush();
    }

    /** RFC 4180 quoting; a text starting with = + - @ is prefixed with ' so that spreadsheets do not run it. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
