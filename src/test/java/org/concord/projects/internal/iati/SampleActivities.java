package org.concord.projects.internal.iati;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.concord.projects.internal.iati.IatiActivity.ActivityDate;
import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Description;
import org.concord.projects.internal.iati.IatiActivity.DocumentLink;
import org.concord.projects.internal.iati.IatiActivity.Indicator;
import org.concord.projects.internal.iati.IatiActivity.Location;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.concord.projects.internal.iati.IatiActivity.Narrative;
import org.concord.projects.internal.iati.IatiActivity.Org;
import org.concord.projects.internal.iati.IatiActivity.Participant;
import org.concord.projects.internal.iati.IatiActivity.Party;
import org.concord.projects.internal.iati.IatiActivity.Period;
import org.concord.projects.internal.iati.IatiActivity.PolicyMarker;
import org.concord.projects.internal.iati.IatiActivity.RecipientCountry;
import org.concord.projects.internal.iati.IatiActivity.RecipientRegion;
import org.concord.projects.internal.iati.IatiActivity.RelatedActivity;
import org.concord.projects.internal.iati.IatiActivity.Result;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.concord.projects.internal.iati.IatiActivity.Transaction;

/**
 * SSR activities written by hand for the export tests: three with every field set, one with only what a
 * registration starts with. Organisations, places and codes are real; the projects and amounts are made up.
 * Decimals are stripped of trailing zeros, as the reader normalises them, so the records can be compared
 * after a round trip.
 */
final class SampleActivities {

    static final Org UNDP = new Org("XM-DAC-41114", "40", "United Nations Development Programme");
    static final Org FCDO = new Org("GB-GOV-1", "10", "Foreign, Commonwealth and Development Office");
    static final Org SIDA = new Org("SE-0-SE-6", "10", "Swedish International Development Cooperation Agency");

    private SampleActivities() {
    }

    static List<IatiActivity> rich() {
        return List.of(policeReformUkraine(), justiceSierraLeone(), oversightWesternBalkans());
    }

    /** Only identifier, reporting organisation and one title: what an activity has when first registered. */
    static IatiActivity minimal() {
        return new IatiActivity("XM-DAC-41114-SSR-REG-9", null, null, null, null, null, UNDP,
                List.of(new Narrative(null, "Security sector reform needs assessment")),
                List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static IatiActivity policeReformUkraine() {
        return new IatiActivity(
                "XM-DAC-41114-SSR-UA-001", "USD", "en", 1, false,
                Instant.parse("2024-03-01T09:30:00Z"), UNDP,
                List.of(new Narrative(null, "Support to police reform in Ukraine"),
                        new Narrative("fr", "Appui à la réforme de la police en Ukraine"),
                        new Narrative("uk", "Підтримка реформи поліції в Україні")),
                List.of(new Description("1", new Narrative(null, "Community policing, internal control & training.")),
                        new Description("1", new Narrative("fr", "Police de proximité, contrôle interne, formation.")),
                        new Description("2", new Narrative(null, "Police accountable to the public and to parliament."))),
                List.of(new Participant("1", "XI-IATI-EC_NEAR", "15", "XI-IATI-EC_NEAR-2023-ENI-1", null,
                                new Narrative(null, "European Commission - DG NEAR")),
                        new Participant("2", UNDP.ref(), UNDP.type(), null, "41114",
                                new Narrative(null, UNDP.name())),
                        new Participant("4", "UA-EDR-40108646", "10", null, null,
                                new Narrative("uk", "Національна поліція України"))),
                "2",
                List.of(new ActivityDate("1", LocalDate.of(2023, 1, 1)), new ActivityDate("2", LocalDate.of(2023, 2, 15)),
                        new ActivityDate("3", LocalDate.of(2025, 12, 31))),
                List.of(new RecipientCountry("UA", bd("60")), new RecipientCountry("MD", bd("40"))),
                List.of(),
                List.of(new Location("KYIV-1", "Kyiv", "Patrol police training centre", bd("50.4501"), bd("30.5234")),
                        new Location("CHISINAU-1", "Chișinău", "General Police Inspectorate", bd("47.0105"), bd("28.8638"))),
                List.of(new Sector("1", "15210", bd("70"), null), new Sector("1", "15132", bd("30"), null),
                        new Sector("2", "152", bd("100"), null),
                        new Sector("99", "SSR-POL", bd("100"), "Police reform")),
                List.of(new PolicyMarker("1", "1", "1"), new PolicyMarker("1", "9", "0")),
                "1", "10", "110", "C01", "5", "2",
                List.of(new Budget("1", "2", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                                new Money(bd("1500000"), null, LocalDate.of(2023, 1, 1))),
                        new Budget("1", "1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                                new Money(bd("1750000.50"), "USD", LocalDate.of(2024, 1, 1)))),
                List.of(new Transaction("TR-2023-001", false, "11", LocalDate.of(2023, 1, 20),
                                new Money(bd("3250000"), "USD", LocalDate.of(2023, 1, 20)),
                                "EU contribution agreement, first commitment",
                                new Party("XI-IATI-EC_NEAR", "XI-IATI-EC_NEAR-2023-ENI-1", "European Commission"),
                                new Party(UNDP.ref(), "XM-DAC-41114-SSR-UA-001", UNDP.name())),
                        new Transaction("TR-2023-014", false, "3", LocalDate.of(2023, 6, 30),
                                new Money(bd("420000.75"), "USD", LocalDate.of(2023, 6, 30)),
                                "Transfer to the National Police for patrol training",
                                new Party(UNDP.ref(), "XM-DAC-41114-SSR-UA-001", UNDP.name()),
                                new Party("UA-EDR-40108646", "UA-EDR-40108646-TRAIN-7", "National Police of Ukraine"))),
                List.of(new DocumentLink("https://example.org/ssr/ua-001/annual-report-2023.pdf", "application/pdf",
                        "Annual report 2023", "A07", "en", LocalDate.of(2024, 2, 28))),
                List.of(new RelatedActivity("1", "XM-DAC-41114-SSR-UA"), new RelatedActivity("3", "GB-GOV-1-300123")),
                List.of(new Result("1", true, "Patrol officers trained in human rights-compliant policing",
                        "Officers completing the certified course",
                        List.of(new Indicator("1", true, "Number of officers certified", "Certified by the academy",
                                2022, LocalDate.of(2022, 12, 31), "150", "Before the programme started",
                                List.of(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "600", "540"),
                                        new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "1200", "1310"))),
                                new Indicator("2", false, "Share of complaints answered late",
                                        "Complaints answered after 30 days", 2022, LocalDate.of(2022, 6, 30),
                                        "38.5", "Inspectorate register",
                                        List.of(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                                                "25", "27.5")))))));
    }

    static IatiActivity justiceSierraLeone() {
        return new IatiActivity(
                "GB-GOV-1-300456-101", "GBP", "en", 2, false,
                Instant.parse("2024-05-17T14:02:11.250Z"), FCDO,
                List.of(new Narrative(null, "Access to justice and prison reform, Sierra Leone and Liberia"),
                        new Narrative("fr", "Accès à la justice et réforme pénitentiaire")),
                List.of(new Description("1", new Narrative(null, "Legal aid, case management, prison conditions.")),
                        new Description("3", new Narrative(null, "Magistrates, corrections officers, legal aid board."))),
                List.of(new Participant("1", FCDO.ref(), FCDO.type(), "GB-GOV-1-300456", null,
                                new Narrative(null, FCDO.name())),
                        new Participant("3", FCDO.ref(), FCDO.type(), null, null, new Narrative(null, FCDO.name())),
                        new Participant("4", "SL-NRA-LAB", "10", null, "12000",
                                new Narrative(null, "Legal Aid Board of Sierra Leone")),
                        new Participant("4", "XM-DAC-41114", "40", "XM-DAC-41114-SSR-LR-3", "41114",
                                new Narrative(null, "UNDP Liberia"))),
                "2",
                List.of(new ActivityDate("1", LocalDate.of(2022, 4, 1)), new ActivityDate("2", LocalDate.of(2022, 5, 3)),
                        new ActivityDate("3", LocalDate.of(2026, 3, 31)), new ActivityDate("4", LocalDate.of(2026, 3, 20))),
                List.of(new RecipientCountry("SL", bd("60")), new RecipientCountry("LR", bd("32.5"))),
                List.of(new RecipientRegion("1", "289", bd("7.5"))),
                // Monrovia has no coordinates yet: no point in the XML, no feature on the map.
                List.of(new Location("FTN", "Freetown", "Pademba Road Correctional Centre", bd("8.4844"), bd("-13.2344")),
                        new Location("MONROVIA", "Monrovia", "No coordinates recorded yet", null, null)),
                List.of(new Sector("1", "15130", bd("60"), null), new Sector("1", "15137", bd("40"), null),
                        new Sector("2", "151", bd("100"), null)),
                List.of(new PolicyMarker("1", "1", "2")),
                "1", "10", "110", "C01", "5", "3",
                List.of(new Budget("1", "2", LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31),
                                new Money(bd("2000000"), "GBP", LocalDate.of(2022, 4, 1))),
                        new Budget("2", "2", LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31),
                                new Money(bd("2250000"), "GBP", LocalDate.of(2022, 9, 1)))),
                List.of(new Transaction("GB-1-300456-101-C1", true, "2", LocalDate.of(2022, 4, 12),
                        new Money(bd("4500000"), "GBP", LocalDate.of(2022, 4, 12)), "Commitment to the programme",
                        new Party(FCDO.ref(), "GB-GOV-1-300456", FCDO.name()),
                        new Party("SL-NRA-LAB", "SL-NRA-LAB-2022-1", "Legal Aid Board"))),
                List.of(new DocumentLink("https://devtracker.fcdo.gov.uk/projects/GB-GOV-1-300456/documents",
                                "text/html", "Business case", "A08", "en", LocalDate.of(2022, 3, 1)),
                        new DocumentLink("https://example.org/ssr/sl/results-framework.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                "Results framework", "A09", "en", LocalDate.of(2022, 3, 15))),
                List.of(new RelatedActivity("1", "GB-GOV-1-300456")),
                List.of(new Result("2", false, "Fewer people held on remand beyond the legal limit",
                        "Pre-trial detainees in the Pademba Road centre",
                        List.of(new Indicator("2", false, "Share of detainees on remand", "Census of the register",
                                2021, LocalDate.of(2021, 12, 31), "72", "Prison service census",
                                List.of(new Period(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31), "60", "64.5")))))));
    }

    static IatiActivity oversightWesternBalkans() {
        return new IatiActivity(
                "SE-0-SE-6-5105017401", "SEK", "sv", 1, true,
                Instant.parse("2023-11-30T23:59:59Z"), SIDA,
                List.of(new Narrative(null, "Parlamentarisk tillsyn över säkerhetssektorn"),
                        new Narrative("en", "Parliamentary oversight of the security sector"),
                        new Narrative("sr", "Парламентарни надзор сектора безбедности")),
                List.of(new Description("1", new Narrative("en", "Committee staff, hearings, \"budget scrutiny\"; <public> reports.")),
                        new Description("4", new Narrative("en", "Committees hold at least four hearings a year."))),
                List.of(new Participant("1", SIDA.ref(), SIDA.type(), null, null, new Narrative(null, SIDA.name())),
                        new Participant("4", "XM-DAC-47078", "40", null, "21000",
                                new Narrative("en", "Geneva Centre for Security Sector Governance (DCAF)"))),
                "3",
                List.of(new ActivityDate("1", LocalDate.of(2020, 1, 1)), new ActivityDate("2", LocalDate.of(2020, 3, 1)),
                        new ActivityDate("3", LocalDate.of(2023, 12, 31)), new ActivityDate("4", LocalDate.of(2024, 2, 29))),
                List.of(new RecipientCountry("BA", bd("50")), new RecipientCountry("RS", bd("50"))),
                List.of(new RecipientRegion("1", "89", bd("100"))),
                List.of(new Location("SARAJEVO", "Sarajevo", "Parliamentary Assembly of Bosnia and Herzegovina",
                        bd("43.8563"), bd("18.4131"))),
                List.of(new Sector("1", "15152", bd("100"), null), new Sector("98", "OVS-1", bd("100"), "Oversight")),
                List.of(new PolicyMarker("1", "1", "1")),
                "3", "10", "110", "C01", "5", "4",
                List.of(new Budget("1", "2", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                        new Money(bd("12000000"), "SEK", LocalDate.of(2020, 1, 1)))),
                // The second transaction has no value date: the writer uses its transaction date.
                List.of(new Transaction("SIDA-2020-1", true, "2", LocalDate.of(2020, 1, 10),
                                new Money(bd("12000000"), "SEK", LocalDate.of(2020, 1, 10)), "Grant agreement",
                                new Party(SIDA.ref(), null, SIDA.name()),
                                new Party("XM-DAC-47078", "XM-DAC-47078-BALK-2", "DCAF")),
                        new Transaction("SIDA-2020-2", true, "3", LocalDate.of(2020, 7, 1),
                                new Money(bd("6000000"), "SEK", null), "First disbursement",
                                new Party(SIDA.ref(), null, SIDA.name()),
                                new Party("XM-DAC-47078", "XM-DAC-47078-BALK-2", "DCAF"))),
                List.of(new DocumentLink("https://example.org/ssr/balkans/evaluation.pdf", "application/pdf",
                        "Final evaluation", "A12", "en", LocalDate.of(2024, 5, 1))),
                List.of(new RelatedActivity("2", "XM-DAC-47078-BALK-2")),
                List.of(new Result("3", true, "Committees scrutinise the security budget",
                        "Budget hearings held and published",
                        List.of(new Indicator("1", true, "Budget hearings per year", "Hearings on the defence and police budgets",
                                2019, LocalDate.of(2019, 12, 31), "1", "Committee records",
                                List.of(new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), "4", "3"),
                                        new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "4", "5")))))));
    }

    static IatiActivity withTitles(IatiActivity a, List<Narrative> titles) {
        return new IatiActivity(a.identifier(), a.defaultCurrency(), a.defaultLanguage(), a.hierarchy(),
                a.humanitarian(), a.lastUpdated(), a.reportingOrg(), titles, a.descriptions(), a.participants(),
                a.status(), a.dates(), a.countries(), a.regions(), a.locations(), a.sectors(), a.policyMarkers(),
                a.collaborationType(), a.defaultFlowType(), a.defaultFinanceType(), a.defaultAidType(),
                a.defaultTiedStatus(), a.activityScope(), a.budgets(), a.transactions(), a.documents(),
                a.relatedActivities(), a.results());
    }

    static IatiActivity withBudgets(IatiActivity a, List<Budget> budgets) {
        return new IatiActivity(a.identifier(), a.defaultCurrency(), a.defaultLanguage(), a.hierarchy(),
                a.humanitarian(), a.lastUpdated(), a.reportingOrg(), a.titles(), a.descriptions(), a.participants(),
                a.status(), a.dates(), a.countries(), a.regions(), a.locations(), a.sectors(), a.policyMarkers(),
                a.collaborationType(), a.defaultFlowType(), a.defaultFinanceType(), a.defaultAidType(),
                a.defaultTiedStatus(), a.activityScope(), budgets, a.transactions(), a.documents(),
                a.relatedActivities(), a.results());
    }

    /** As the reader gives decimals back: without trailing zeros. */
    static BigDecimal bd(String value) {
        return new BigDecimal(value).stripTrailingZeros();
    }
}
