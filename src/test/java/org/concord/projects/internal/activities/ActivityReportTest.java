package org.concord.projects.internal.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.concord.projects.internal.country.Fixtures;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiActivity.ActivityDate;
import org.junit.jupiter.api.Test;

/** How the activity page orders dates, lists documents and names their formats. */
class ActivityReportTest {

    @Test
    void datesFollowTheWorkPlannedThenActualStartThenPlannedThenActualEnd() {
        IatiActivity a = Fixtures.activity("XI-TEST-DATES", "XI", "X").build();
        IatiActivity shuffled = new IatiActivity(a.identifier(), a.defaultCurrency(), a.defaultLanguage(), a.hierarchy(),
                a.humanitarian(), a.lastUpdated(), a.reportingOrg(), a.titles(), a.descriptions(), a.participants(),
                a.status(), List.of(new ActivityDate("4", LocalDate.of(2025, 6, 30)),
                        new ActivityDate("1", LocalDate.of(2022, 12, 1)), new ActivityDate("3", LocalDate.of(2025, 3, 31)),
                        new ActivityDate("2", LocalDate.of(2023, 2, 1))),
                a.countries(), a.regions(), a.locations(), a.sectors(), a.policyMarkers(), null, null, null, null, null,
                null, a.budgets(), a.transactions(), a.documents(), a.relatedActivities(), a.results());
        assertThat(ActivityReport.dates(shuffled)).extracting(ActivityDate::type).containsExactly("1", "2", "3", "4");
    }

    @Test
    void identicalDocumentLinksShowOnceWithTheirTitleAndAShortFormat() {
        IatiActivity a = Fixtures.activity("XI-TEST-DOCS", "XI", "X")
                .document("https://example.org/a.pdf", "application/pdf", null)
                .document("https://example.org/a.pdf", "application/pdf", "Annual report")
                .document("https://example.org/b.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Plan")
                .document("javascript:alert(1)", "text/html", "Not a web address").build();
        assertThat(ActivityReport.documents(a)).extracting(ActivityReport.Document::title, ActivityReport.Document::format,
                        ActivityReport.Document::linkable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Annual report", "PDF", true),
                        org.assertj.core.groups.Tuple.tuple("Plan", "Word", true),
                        org.assertj.core.groups.Tuple.tuple("Not a web address", "HTML", false));
    }
}
