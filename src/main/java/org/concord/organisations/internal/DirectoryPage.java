package org.concord.organisations.internal;

import java.util.List;
import java.util.Map;
import org.concord.organisations.OrganisationSummary;

/** One page of the directory, with how many organisations match each filter value. */
public record DirectoryPage(List<OrganisationSummary> items, long total, int page, int size,
                            Map<String, Long> typeCounts, Map<String, Long> roleCounts) {
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
