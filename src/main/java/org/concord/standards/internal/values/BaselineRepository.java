package org.concord.standards.internal.values;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BaselineRepository extends JpaRepository<Baseline, Long> {

    @Query("""
            select b from Baseline b where b.indicatorId = :indicatorId
            and ((:countryCode is null and b.countryCode is null) or b.countryCode = :countryCode)
            and ((:organisationId is null and b.organisationId is null) or b.organisationId = :organisationId)
            and b.disaggregation = :disaggregation""")
    Optional<Baseline> findByKey(long indicatorId, String countryCode, Long organisationId, String disaggregation);

    @Query("select b from Baseline b where b.indicatorId = :indicatorId order by b.countryCode, b.organisationId, b.disaggregation")
    List<Baseline> ofIndicator(long indicatorId);
}
