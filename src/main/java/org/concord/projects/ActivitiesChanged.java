package org.concord.projects;

import java.util.Set;

/**
 * Activities were created, changed or removed (by an import or an edit). Publish it inside the writing
 * transaction: listeners that derive data from activities, such as overlap detection, act once it commits.
 */
public record ActivitiesChanged(Set<Long> activityIds) {

    public ActivitiesChanged {
        activityIds = Set.copyOf(activityIds);
    }
}
