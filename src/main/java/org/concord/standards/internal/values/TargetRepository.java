package org.concord.standards.internal.values;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TargetRepository extends JpaRepository<Target, Long> {

    @Query("""
            select t from Target t where t.indicatorId = :indicatorId
            and ((:countryCode is null and t.countryCode is null) or t.countryCode = :countryCode)
            and ((:organisationId is null and t.organisationId is null) or t.organisationId = :organisationId)
            and t.disaggregation = :disaggregation and t.period = :period""")
    Optional<Target> findByKey(long indicatorId, String countryCode, Long organisationId, String disaggregation, String period);

    @Query("select t from Target t where t.indicatorId = :indicatorId order by t.countryCode, t.organisationId, t.disaggregation, t.periodStart")
    List<Target> ofIndicator(long indicatorId);
}
