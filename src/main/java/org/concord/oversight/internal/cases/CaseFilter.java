package org.concord.oversight.internal.cases;

import org.concord.oversight.CaseStatus;
import org.concord.oversight.Category;

/** What an officer narrows the case list to; every field may be left out. */
public record CaseFilter(CaseStatus status, Long channel, Category category, Long assignee, Boolean overdue,
                         Boolean priority, Long body, int page, int size) {

    public CaseFilter {
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, 100);
    }

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null, null, 0, 25);
    }
}
