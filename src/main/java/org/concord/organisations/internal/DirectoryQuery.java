package org.concord.organisations.internal;

import org.concord.organisations.OrganisationType;
import org.concord.organisations.SsrRole;

/** The directory's filters; every one optional. */
public record DirectoryQuery(OrganisationType type, String country, SsrRole role, String q, int page, int size) {

    public DirectoryQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, 200);
        q = q == null || q.isBlank() ? null : q.trim();
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
