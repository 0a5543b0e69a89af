package org.concord.projects.internal.activities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concord.projects.internal.iati.ActivityStatus;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.OrganisationRole;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The page form for an activity entered by hand: the fields a coordinator needs most. The full model is open
 * through the API; what the form makes is an ordinary {@link IatiActivity}, checked by the importer's rules.
 */
public class ActivityForm {

    @NotBlank
    @Size(max = 200)
    private String identifier;
    @NotBlank
    private String reportingOrgRef;
    @NotBlank
    @Size(max = 1000)
    private String title;
    @Size(max = 10000)
    private String description;
    private String status = ActivityStatus.IMPLEMENTATION.code();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedEnd;
    private String country;
    private String sector;
    private String funderRef;
    private String implementerRef;
    private BigDecimal budget;
    private String currency = "USD";
    private boolean published = true;

    IatiActivity toActivity(String reportingOrgName, String funderName, String implementerName) {
        List<IatiActivity.Participant> participants = new ArrayList<>();
        if (funderRef != null && !funderRef.isBlank()) {
            participants.add(new IatiActivity.Participant(OrganisationRole.FUNDING.code(), funderRef, null, null, null, narrative(funderName)));
        }
        if (implementerRef != null && !implementerRef.isBlank()) {
            participants.add(new IatiActivity.Participant(OrganisationRole.IMPLEMENTING.code(), implementerRef, null, null, null, narrative(implementerName)));
        }
        List<IatiActivity.ActivityDate> dates = new ArrayList<>();
        if (plannedStart != null) {
            dates.add(new IatiActivity.ActivityDate("1", plannedStart));
        }
        if (plannedEnd != null) {
            dates.add(new IatiActivity.ActivityDate("3", plannedEnd));
        }
        List<IatiActivity.Budget> budgets = budget == null || plannedStart == null ? List.of()
                : List.of(new IatiActivity.Budget("1", "1", plannedStart,
                        plannedEnd != null && plannedEnd.isBefore(plannedStart.plusYears(1)) ? plannedEnd : plannedStart.plusYears(1).minusDays(1),
                        new IatiActivity.Money(budget.stripTrailingZeros(), null, plannedStart)));
        return new IatiActivity(identifier.trim(), currency, "en", 1, null, null,
                new IatiActivity.Org(reportingOrgRef, null, reportingOrgName),
                List.of(new IatiActivity.Narrative(null, title.trim())),
                description == null || description.isBlank() ? List.of()
                        : List.of(new IatiActivity.Description("1", new IatiActivity.Narrative(null, description.trim()))),
                participants, status, dates,
                country == null || country.isBlank() ? List.of() : List.of(new IatiActivity.RecipientCountry(country, null)),
                List.of(), List.of(),
                sector == null || sector.isBlank() ? List.of() : List.of(new IatiActivity.Sector("1", sector, null, null)),
                List.of(), null, null, null, null, null, null, budgets, List.of(), List.of(), List.of(), List.of());
    }

    static ActivityForm of(IatiActivity a, boolean published) {
        ActivityForm f = new ActivityForm();
        f.identifier = a.identifier();
        f.reportingOrgRef = a.reportingOrg() == null ? null : a.reportingOrg().ref();
        f.title = a.titles().isEmpty() ? null : a.titles().get(0).text();
        f.description = a.descriptions().isEmpty() ? null : a.descriptions().get(0).text().text();
        f.status = a.status();
        a.dates().stream().filter(d -> "1".equals(d.type())).findFirst().ifPresent(d -> f.plannedStart = d.date());
        a.dates().stream().filter(d -> "3".equals(d.type())).findFirst().ifPresent(d -> f.plannedEnd = d.date());
        f.country = a.countries().isEmpty() ? null : a.countries().get(0).code();
        f.sector = a.sectors().isEmpty() ? null : a.sectors().get(0).code();
        a.participants().stream().filter(p -> OrganisationRole.FUNDING.is(p.role())).findFirst().ifPresent(p -> f.funderRef = p.ref());
        a.participants().stream().filter(p -> OrganisationRole.IMPLEMENTING.is(p.role())).findFirst().ifPresent(p -> f.implementerRef = p.ref());
        f.budget = a.budgets().isEmpty() ? null : a.budgets().get(0).value().amount();
        f.currency = a.defaultCurrency();
        f.published = published;
        return f;
    }

    private static IatiActivity.Narrative narrative(String text) {
        return text == null ? null : new IatiActivity.Narrative(null, text);
    }

    public String getIdentifier() { return identifier; }
    public void setIdentifier(String v) { identifier = v; }
    public String getReportingOrgRef() { return reportingOrgRef; }
    public void setReportingOrgRef(String v) { reportingOrgRef = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate v) { plannedStart = v; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public void setPlannedEnd(LocalDate v) { plannedEnd = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getSector() { return sector; }
    public void setSector(String v) { sector = v; }
    public String getFunderRef() { return funderRef; }
    public void setFunderRef(String v) { funderRef = v; }
    public String getImplementerRef() { return implementerRef; }
    public void setImplementerRef(String v) { implementerRef = v; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal v) { budget = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean v) { published = v; }
}
