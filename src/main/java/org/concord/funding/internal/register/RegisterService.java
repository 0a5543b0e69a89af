package org.concord.funding.internal.register;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.concord.funding.internal.Reader;
import org.concord.organisations.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conditionality register of a country: its conditions grouped per institution by what they ask
 * ({@link ConditionGrouping}), duplicate asks of several donors and contradictory targets flagged.
 */
@Service
public class RegisterService {

    private final RegisterQueries queries;
    private final Organisations organisations;

    RegisterService(RegisterQueries queries, Organisations organisations) {
        this.queries = queries;
        this.organisations = organisations;
    }

    /** The register as the current reader may see it. */
    @Transactional(readOnly = true)
    public Register register(String country, Locale locale) {
        List<RegisterCondition> conditions = queries.inCountry(country, Reader.current(organisations), organisations.names(locale));
        List<ConditionGroup> groups = ConditionGrouping.group(conditions).stream()
                .sorted(ConditionGrouping.REGISTER_ORDER).toList();
        Map<String, Long> byStatus = new TreeMap<>();
        conditions.forEach(c -> byStatus.merge(c.status(), 1L, Long::sum));
        return new Register(country, conditions.size(), byStatus, groups,
                groups.stream().filter(ConditionGroup::acrossDonors).count(),
                groups.stream().filter(ConditionGroup::contradictory).count());
    }

    /**
     * A country's register.
     *
     * @param duplicates     groups holding conditions of more than one donor
     * @param contradictions groups in which two donors' targets cannot both be met
     */
    public record Register(String country, int conditions, Map<String, Long> byStatus, List<ConditionGroup> groups,
                           long duplicates, long contradictions) {
    }
}
