package org.concord.projects.internal.country;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.iati.IatiActivity.ActivityDate;
import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.concord.projects.internal.iati.IatiActivity.Narrative;
import org.concord.projects.internal.iati.IatiActivity.Org;
import org.concord.projects.internal.iati.IatiActivity.Participant;
import org.concord.projects.internal.iati.IatiActivity.Party;
import org.concord.projects.internal.iati.IatiActivity.RecipientCountry;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.concord.projects.internal.iati.IatiActivity.Transaction;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.reference.ReformAreas;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hand-built IATI activities for the country tests, in countries that neither another test nor any real file in
 * src/test/resources uses (the Cook Islands, Tuvalu, South Georgia, Palau, the Marshall Islands), and with identifiers of their
 * own, since the test database is shared: Nauru and Kiribati, used before, are in the real files, and their figures
 * changed with the order the tests ran in.
 */
public final class Fixtures {

    private final ActivityStore store;
    private final ReformAreas reformAreas;
    private final TransactionTemplate transactions;

    public Fixtures(ActivityStore store, ReformAreas reformAreas, TransactionTemplate transactions) {
        this.store = store;
        this.reformAreas = reformAreas;
        this.transactions = transactions;
    }

    public long save(IatiActivity activity) {
        return transactions.execute(s -> store.save(activity, "test", reformAreas.mapping()::areaOf, ref -> null).id());
    }

    public static Builder activity(String identifier, String reportingRef, String reportingName) {
        return new Builder(identifier, reportingRef, reportingName);
    }

    public static final class Builder {
        final String identifier;
        final Org reporting;
        String title;
        String status = "2";
        final List<Participant> participants = new ArrayList<>();
        final List<RecipientCountry> countries = new ArrayList<>();
        final List<Sector> sectors = new ArrayList<>();
        final List<Budget> budgets = new ArrayList<>();
        final List<Transaction> transactions = new ArrayList<>();
        final List<Narrative> otherTitles = new ArrayList<>();
        final List<IatiActivity.Result> results = new ArrayList<>();
        final List<IatiActivity.DocumentLink> documents = new ArrayList<>();
        final List<IatiActivity.RelatedActivity> related = new ArrayList<>();
        final List<IatiActivity.Location> locations = new ArrayList<>();
        final List<ActivityDate> dates = new ArrayList<>(List.of(new ActivityDate("2", LocalDate.of(2023, 1, 1)),
                new ActivityDate("3", LocalDate.of(2026, 12, 31))));

        Builder(String identifier, String reportingRef, String reportingName) {
            this.identifier = identifier;
            this.reporting = new Org(reportingRef, "10", reportingName);
            this.title = reportingName + " — " + identifier;
        }

        public Builder title(String t) {
            title = t;
            return this;
        }

        /** The title in another language than the default (English). */
        public Builder title(String lang, String t) {
            otherTitles.add(new Narrative(lang, t));
            return this;
        }

        public Builder result(IatiActivity.Result r) {
            results.add(r);
            return this;
        }

        public Builder document(String url, String format, String title) {
            documents.add(new IatiActivity.DocumentLink(url, format, title, null, null, null));
            return this;
        }

        public Builder related(String type, String ref) {
            related.add(new IatiActivity.RelatedActivity(type, ref));
            return this;
        }

        public Builder location(IatiActivity.Location l) {
            locations.add(l);
            return this;
        }

        public Builder status(String s) {
            status = s;
            return this;
        }

        public Builder funder(String ref, String name) {
            participants.add(new Participant("1", ref, "10", null, null, new Narrative(null, name)));
            return this;
        }

        public Builder implementer(String ref, String name) {
            participants.add(new Participant("4", ref, "21", null, null, new Narrative(null, name)));
            return this;
        }

        public Builder country(String code, Integer percentage) {
            countries.add(new RecipientCountry(code, percentage == null ? null : BigDecimal.valueOf(percentage)));
            return this;
        }

        public Builder sector(String dacCode, Integer percentage) {
            sectors.add(new Sector("1", dacCode, percentage == null ? null : BigDecimal.valueOf(percentage), null));
            return this;
        }

        public Builder budget(long usd) {
            budgets.add(new Budget("1", "2", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                    new Money(BigDecimal.valueOf(usd), "USD", LocalDate.of(2023, 1, 1))));
            return this;
        }

        public Builder transaction(String type, long usd, LocalDate date, Party provider, Party receiver) {
            transactions.add(new Transaction(null, null, type, date, new Money(BigDecimal.valueOf(usd), "USD", date),
                    null, provider, receiver));
            return this;
        }

        /** Actual start and end (the default is 2023 to 2026). */
        public Builder dates(LocalDate start, LocalDate end) {
            dates.clear();
            dates.add(new ActivityDate("2", start));
            dates.add(new ActivityDate("4", end));
            return this;
        }

        public IatiActivity build() {
            return new IatiActivity(identifier, "USD", "en", 1, false, null, reporting,
                    java.util.stream.Stream.concat(java.util.stream.Stream.of(new Narrative(null, title)),
                            otherTitles.stream()).toList(), List.of(), participants, status, dates, countries, List.of(),
                    locations, sectors, List.of(), null, null, null, null, null, null, budgets, transactions, documents,
                    related, results);
        }
    }
}
