package org.concord.projects.internal;

import java.util.Map;
import java.util.Set;

/**
 * Which activities one reader may see: every published activity, and the drafts of the organisations they belong to
 * (any role in the reporting organisation or in one above it); every draft for an administrator (or anyone whose grant
 * covers every organisation); no draft for a reader nobody signed in as. {@link ActivityPermissions#draftVisibility()}
 * decides it once per request; {@link #allows} answers for one activity, {@link #condition} is the same rule as a
 * condition on the activity table, so that every list, count and export applies it in the query itself.
 *
 * @param all           every draft
 * @param organisations the directory organisations whose drafts (by {@code activity.reporting_organisation_id}) the
 *                      reader may see, when not {@code all}
 */
public record DraftVisibility(boolean all, Set<Long> organisations) {

    /** Published activities only: nobody signed in, or someone who belongs to no organisation. */
    public static final DraftVisibility NONE = new DraftVisibility(false, Set.of());

    /** Every activity, drafts included: administrators. */
    public static final DraftVisibility ALL = new DraftVisibility(true, Set.of());

    /** The named parameter {@link #condition} uses, with its value in {@link #parameters()}. */
    static final String PARAMETER = "draftOrganisations";

    public DraftVisibility {
        organisations = all ? Set.of() : Set.copyOf(organisations);
    }

    /** Whether the reader may see an activity that is {@code published} or is a draft of this reporting organisation. */
    public boolean allows(boolean published, Long reportingOrganisationId) {
        return published || all || (reportingOrganisationId != null && organisations.contains(reportingOrganisationId));
    }

    /** Whether the reader sees published activities only. */
    public boolean publishedOnly() {
        return !all && organisations.isEmpty();
    }

    /**
     * {@link #allows} as SQL on the activity aliased {@code alias}, with {@link #parameters()} bound. The drafts are
     * found through their own small partial index (V14) and checked by id, so that a list or count keeps reading
     * publication from the narrow index it reads today (activity_facts_idx) instead of the wide activity rows.
     */
    public String condition(String alias) {
        if (all) {
            return "true";
        }
        if (organisations.isEmpty()) {
            return alias + ".published";
        }
        return "(" + alias + ".published or " + alias + ".id in (select draft.id from activity draft where not draft.published"
                + " and draft.reporting_organisation_id in (:" + PARAMETER + ")))";
    }

    /** The named parameters {@link #condition} needs (none when it needs none). */
    public Map<String, Object> parameters() {
        return publishedOnly() || all ? Map.of() : Map.of(PARAMETER, organisations);
    }
}
