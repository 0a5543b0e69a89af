package org.concord.standards.internal.values;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ValueRepository extends JpaRepository<IndicatorValue, Long> {

    @Query("""
            select v from IndicatorValue v where v.indicatorId = :indicatorId
            and ((:countryCode is null and v.countryCode is null) or v.countryCode = :countryCode)
            and ((:organisationId is null and v.organisationId is null) or v.organisationId = :organisationId)
            and v.period = :period and v.disaggregation = :disaggregation""")
    Optional<IndicatorValue> findByKey(long indicatorId, String countryCode, Long organisationId, String period,
                                       String disaggregation);
}
