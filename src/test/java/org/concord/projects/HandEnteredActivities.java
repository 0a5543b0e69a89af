package org.concord.projects;

import java.util.ArrayList;
import java.util.List;
import org.concord.TestActors;
import org.concord.projects.internal.activities.ActivityEditing;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import tools.jackson.databind.json.JsonMapper;

/**
 * Activities entered as a UNDP coordinator enters them (the same JSON as {@code POST /api/v1/activities}), for the
 * module tests; {@link #removeAll()} deletes them again so that other tests' country figures stay their own.
 */
public final class HandEnteredActivities {

    private final ActivityEditing editing;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;
    private final List<Long> entered = new ArrayList<>();

    public HandEnteredActivities(ActivityEditing editing, JsonMapper json, JdbcTemplate jdbc) {
        this.editing = editing;
        this.json = json;
        this.jdbc = jdbc;
    }

    /** A published police reform activity of UNDP's for the Ministry of Interior, 2025–2026, in {@code country}. */
    public long enter(String identifier, String title, String country) {
        return enter(identifier, title, country, true);
    }

    /** The same, published or a draft. */
    public long enter(String identifier, String title, String country, boolean published) {
        IatiActivity activity = json.readValue("""
                {"identifier": "%s", "defaultCurrency": "USD", "defaultLanguage": "en",
                 "reportingOrg": {"ref": "XM-DAC-41114", "type": "40", "name": "UNDP"},
                 "titles": [{"lang": null, "text": "%s"}],
                 "descriptions": [{"type": "1", "text": {"lang": null,
                     "text": "Community policing and the accountability of the national police in three regions."}}],
                 "participants": [{"role": "2", "ref": "XX-GOV-MOI", "type": "10", "name": {"lang": null, "text": "Ministry of Interior"}},
                                  {"role": "4", "ref": "XM-DAC-41114", "type": "40", "name": {"lang": null, "text": "UNDP"}}],
                 "status": "2",
                 "dates": [{"type": "1", "date": "2025-01-01"}, {"type": "3", "date": "2026-12-31"}],
                 "countries": [{"code": "%s", "percentage": 100}],
                 "sectors": [{"vocabulary": "1", "code": "15132", "percentage": 100}],
                 "budgets": [{"type": "1", "status": "1", "periodStart": "2025-01-01", "periodEnd": "2025-12-31",
                              "value": {"amount": 250000, "currency": null, "valueDate": "2025-01-01"}}],
                 "regions": [], "locations": [], "policyMarkers": [], "transactions": [], "documents": [],
                 "relatedActivities": [], "results": []}
                """.formatted(identifier, title, country), IatiActivity.class);
        long id = TestActors.runAs(coordinatorOfUndp(), () -> editing.create(activity, published));
        entered.add(id);
        return id;
    }

    private Authentication coordinatorOfUndp() {
        long undp = jdbc.queryForObject("select id from organisation where slug = 'undp'", Long.class);
        return TestActors.as("module-test-coordinator", new Grant(Role.COORDINATOR, undp));
    }

    public void removeAll() {
        entered.forEach(id -> jdbc.update("delete from activity where id = ?", id));
        entered.clear();
    }
}
