package org.concord.funding.internal.agreements;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConditionRepository extends JpaRepository<Condition, Long> {

    List<Condition> findByAgreementIdOrderByPosition(long agreementId);
}
