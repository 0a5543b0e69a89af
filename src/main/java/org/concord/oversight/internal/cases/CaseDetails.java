package org.concord.oversight.internal.cases;

import org.concord.oversight.Category;

/**
 * What an officer sets on a case beside its status: who runs it (an officer of the body), the institution concerned
 * (from the directory), the category (correcting the reporter's choice) and priority. {@code version} is the case
 * version the officer read.
 */
public record CaseDetails(Long assigneeId, Long institutionId, Category category, boolean priority, Long version) {
}
