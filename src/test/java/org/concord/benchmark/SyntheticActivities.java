package org.concord.benchmark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiActivity.ActivityDate;
import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Description;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.concord.projects.internal.iati.IatiActivity.Narrative;
import org.concord.projects.internal.iati.IatiActivity.Participant;
import org.concord.projects.internal.iati.IatiActivity.Party;
import org.concord.projects.internal.iati.IatiActivity.RecipientCountry;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.concord.projects.internal.iati.IatiActivity.Transaction;

/**
 * Realistic synthetic SSR activities for the benchmark: publishers, implementers and beneficiary institutions
 * drawn from a few thousand organisations, 150 countries, SSR sector codes, titles composed from the field's
 * vocabulary (so that some pairs look alike, as real duplicates do), budgets and transactions.
 */
public final class SyntheticActivities {

    static final String[] SECTORS = {"15210", "15132", "15130", "15131", "15134", "15137", "15136", "15113", "15152",
            "15160", "15170", "15180", "15220", "15240", "15250", "15150", "15153", "15111"};
    static final String[] TOPICS = {"police reform", "community policing", "border management", "integrated border control",
            "justice sector reform", "prison reform", "parliamentary oversight", "defence governance", "building integrity",
            "anti-corruption", "small arms control", "demining", "reintegration of former combatants",
            "gender-responsive security", "human rights compliance", "civilian oversight", "intelligence accountability",
            "security sector governance", "rule of law", "access to justice"};
    static final String[] VERBS = {"Support to", "Strengthening", "Capacity building for", "Technical assistance to",
            "Improving", "Reform of", "Modernisation of", "Institutional development of"};
    static final String[] BENEFICIARIES = {"Ministry of Interior", "Ministry of Justice", "Ministry of Defence",
            "National Police", "Border Guard Service", "Prison Service", "Parliament Security Committee",
            "Ombudsperson Office", "Anti-Corruption Agency", "Supreme Audit Institution"};

    private final Random random;
    private final List<String> countries;
    private final int organisations;

    public SyntheticActivities(long seed, List<String> countries, int organisations) {
        this.random = new Random(seed);
        this.countries = countries;
        this.organisations = organisations;
    }

    public IatiActivity next(int n) {
        String country = countries.get(random.nextInt(countries.size()));
        int publisher = random.nextInt(Math.max(1, organisations / 10));
        String publisherRef = "XM-BENCH-P" + publisher;
        String implementerRef = "XM-BENCH-I" + random.nextInt(organisations);
        String beneficiary = BENEFICIARIES[random.nextInt(BENEFICIARIES.length)];
        String beneficiaryRef = country + "-GOV-" + beneficiary.hashCode() % 1000;
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String title = VERBS[random.nextInt(VERBS.length)] + " " + topic + " — " + beneficiary + " (" + country + ")";
        LocalDate start = LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate end = start.plusMonths(12 + random.nextInt(36));
        String sector = SECTORS[random.nextInt(SECTORS.length)];
        BigDecimal budget = BigDecimal.valueOf(50_000L + random.nextInt(5_000_000)).stripTrailingZeros();
        String currency = random.nextInt(3) == 0 ? "USD" : "EUR";
        List<Transaction> transactions = new ArrayList<>();
        for (int t = 0; t < 1 + random.nextInt(3); t++) {
            transactions.add(new Transaction(null, null, t == 0 ? "2" : "3", start.plusMonths(t * 6L),
                    new Money(budget.divide(BigDecimal.valueOf(4)).stripTrailingZeros(), null, start.plusMonths(t * 6L)),
                    null, new Party(publisherRef, null, "Publisher " + publisher),
                    new Party(implementerRef, null, "Implementer " + implementerRef)));
        }
        return new IatiActivity("XM-BENCH-P" + publisher + "-A" + n, currency, "en", 1, null,
                Instant.parse("2026-01-01T00:00:00Z"),
                new IatiActivity.Org(publisherRef, "10", "Publisher " + publisher),
                List.of(new Narrative(null, title)),
                List.of(new Description("1", new Narrative(null, "The activity works on " + topic + " with the "
                        + beneficiary + " in " + country + ", through training, advice and equipment."))),
                List.of(new Participant("1", publisherRef, "10", null, null, new Narrative(null, "Publisher " + publisher)),
                        new Participant("2", beneficiaryRef, "10", null, null, new Narrative(null, beneficiary + " of " + country)),
                        new Participant("4", implementerRef, "21", null, null, new Narrative(null, "Implementer " + implementerRef))),
                "2", List.of(new ActivityDate("1", start), new ActivityDate("3", end)),
                List.of(new RecipientCountry(country, null)), List.of(), List.of(),
                List.of(new Sector("1", sector, null, null)), List.of(), null, null, null, null, null, null,
                List.of(new Budget("1", "2", start, start.plusYears(1).minusDays(1), new Money(budget, null, start))),
                transactions, List.of(), List.of(), List.of());
    }
}
