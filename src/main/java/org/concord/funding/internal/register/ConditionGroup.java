package org.concord.funding.internal.register;

import java.util.List;
import java.util.Set;

/**
 * Conditions on one institution that ask for the same thing (see {@link ConditionGrouping}); a condition like no
 * other is a group of one.
 *
 * @param acrossDonors   the group holds conditions of more than one donor: a duplicate ask
 * @param contradicting  the conditions of the group that another donor's condition in it contradicts
 */
public record ConditionGroup(long institutionId, String institutionName, List<RegisterCondition> conditions,
                             boolean acrossDonors, Set<Long> contradicting) {

    public boolean contradictory() {
        return !contradicting.isEmpty();
    }
}
