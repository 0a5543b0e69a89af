package org.concord.standards.internal;

import java.util.Set;

/**
 * What restricted content the current reader may see: everything (administrators and evaluators), or what the
 * organisations they belong to (and those below them) own. Anonymous readers see only public content. Java asks
 * {@link #sees}; SQL takes {@link #seesAll} and {@link #organisationIds} as parameters, so both answer the same.
 */
public record ReaderScope(boolean seesAll, Set<Long> organisationIds) {

    public static final ReaderScope PUBLIC = new ReaderScope(false, Set.of());

    public boolean sees(Visibility visibility, long ownerOrganisationId) {
        return visibility == Visibility.PUBLIC || seesAll || organisationIds.contains(ownerOrganisationId);
    }

    public boolean isMemberOf(Long organisationId) {
        return seesAll || organisationId != null && organisationIds.contains(organisationId);
    }

    /** For SQL "in (:ids)": never empty (-1 names no organisation). */
    public Set<Long> organisationIdsForSql() {
        return organisationIds.isEmpty() ? Set.of(-1L) : organisationIds;
    }
}
