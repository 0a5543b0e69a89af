package org.concord.oversight.internal.cases;

import java.time.Instant;
import java.util.List;
import org.concord.oversight.CaseStatus;
import org.concord.oversight.Category;

/** One line of an officer's case list. */
public record CaseListItem(long reportId, long organisationId, long channelId, String channel, CaseStatus status,
                           Category category, boolean priority, Long assigneeId, Instant receivedAt, Instant nextDue,
                           boolean overdue) {

    /** A page of the list, sorted by due moment (cases with nothing due last). */
    public record Page(List<CaseListItem> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
