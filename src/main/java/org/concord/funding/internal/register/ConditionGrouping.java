package org.concord.funding.internal.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups the register's conditions on each institution by what they ask, so that donors see duplicate and
 * contradictory asks.
 *
 * <p>Two conditions on the same institution are similar when both are outcome conditions on the same indicator, or
 * both are process conditions whose texts are {@linkplain ConditionSimilarity#similar similar}. Groups are the
 * connected sets of that relation (if A is like B and B like C, all three are one group). Within a group, two outcome
 * conditions of different donors contradict when no value of their indicator can meet both targets (at least 80 %
 * and at most 50 %).
 */
public final class ConditionGrouping {

    private ConditionGrouping() {
    }

    /** The groups, institutions in the order they come, each group in the order of its first condition. */
    public static List<ConditionGroup> group(List<RegisterCondition> conditions) {
        Map<Long, List<RegisterCondition>> byInstitution = new LinkedHashMap<>();
        for (RegisterCondition condition : conditions) {
            byInstitution.computeIfAbsent(condition.institutionId(), id -> new ArrayList<>()).add(condition);
        }
        List<ConditionGroup> groups = new ArrayList<>();
        byInstitution.values().forEach(onOne -> groups.addAll(groupOnOneInstitution(onOne)));
        return groups;
    }

    public static boolean similar(RegisterCondition a, RegisterCondition b) {
        if (a.outcome() != b.outcome()) {
            return false;
        }
        return a.outcome() ? a.indicatorId() != null && a.indicatorId().equals(b.indicatorId())
                : ConditionSimilarity.similar(a.text(), b.text());
    }

    /** Different donors' outcome conditions on one indicator that no value can meet together. */
    public static boolean contradict(RegisterCondition a, RegisterCondition b) {
        return a.funderId() != b.funderId() && a.outcome() && b.outcome()
                && a.indicatorId() != null && a.indicatorId().equals(b.indicatorId())
                && a.comparator() != null && b.comparator() != null && a.target() != null && b.target() != null
                && !a.comparator().compatibleWith(a.target(), b.comparator(), b.target());
    }

    private static List<ConditionGroup> groupOnOneInstitution(List<RegisterCondition> conditions) {
        int n = conditions.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (similar(conditions.get(i), conditions.get(j))) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Integer, List<RegisterCondition>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(conditions.get(i));
        }
        List<ConditionGroup> groups = new ArrayList<>();
        for (List<RegisterCondition> group : members.values()) {
            Set<Long> funders = new HashSet<>();
            group.forEach(c -> funders.add(c.funderId()));
            Set<Long> contradicting = new TreeSet<>();
            for (RegisterCondition a : group) {
                for (RegisterCondition b : group) {
                    if (contradict(a, b)) {
                        contradicting.add(a.id());
                    }
                }
            }
            RegisterCondition first = group.get(0);
            groups.add(new ConditionGroup(first.institutionId(), first.institutionName(), List.copyOf(group),
                    funders.size() > 1, Set.copyOf(contradicting)));
        }
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Orders groups as the register shows them: by institution name, then groups of several before single ones. */
    public static final Comparator<ConditionGroup> REGISTER_ORDER = Comparator
            .comparing((ConditionGroup g) -> Objects.requireNonNullElse(g.institutionName(), ""))
            .thenComparing(g -> -g.conditions().size());
}
