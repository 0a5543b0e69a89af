package org.concord.projects.internal.reference;

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
import org.concord.projects.internal.iati.IatiActivity.RecipientCountry;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.reference.ReformAreas;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Activities for the reference-data tests, saved as an import saves them, in countries no other test uses
 * (Liechtenstein, Andorra) and with identifiers of their own, since the test database is shared.
 */
final class ReferenceFixtures {

    private final ActivityStore store;
    private final ReformAreas reformAreas;
    private final TransactionTemplate transactions;
    private final List<Long> saved = new ArrayList<>();

    ReferenceFixtures(ActivityStore store, ReformAreas reformAreas, TransactionTemplate transactions) {
        this.store = store;
        this.reformAreas = reformAreas;
        this.transactions = transactions;
    }

    long save(String identifier, String country, List<Sector> sectors, BigDecimal budget, String currency) {
        IatiActivity activity = new IatiActivity(identifier, currency, "en", 1, false, null,
                new Org("XI-TEST-REF", "10", "Reference test publisher"),
                List.of(new Narrative(null, "Reference data test " + identifier)), List.of(),
                List.of(new Participant("4", "XI-TEST-REF", "10", null, null, new Narrative(null, "Reference test publisher"))),
                "2", List.of(new ActivityDate("2", LocalDate.of(2023, 1, 1)), new ActivityDate("3", LocalDate.of(2025, 12, 31))),
                List.of(new RecipientCountry(country, BigDecimal.valueOf(100))), List.of(), List.of(), sectors, List.of(),
                null, null, null, null, null, null,
                budget == null ? List.of() : List.of(new Budget("1", "2", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                        new Money(budget, null, LocalDate.of(2023, 1, 1)))),
                List.of(), List.of(), List.of(), List.of());
        long id = transactions.execute(s -> store.save(activity, "test", reformAreas.mapping()::areaOf, ref -> null).id());
        saved.add(id);
        return id;
    }

    static Sector sector(String vocabulary, String code) {
        return new Sector(vocabulary, code, null, null);
    }

    void removeAll() {
        transactions.executeWithoutResult(s -> saved.forEach(store::delete));
        saved.clear();
    }
}
