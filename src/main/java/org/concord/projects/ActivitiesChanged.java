package org.concord.projects;

import java.util.Set;

/** Published after activities were created, changed or deleted (an import, an edit), once the change is committed. */
public record ActivitiesChanged(Set<Long> activityIds) {
}
