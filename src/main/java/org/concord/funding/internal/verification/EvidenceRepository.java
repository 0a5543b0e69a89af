package org.concord.funding.internal.verification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByConditionIdOrderBySubmittedAt(long conditionId);
}
