package org.concord.standards.internal.values;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<Target, Long> {

    List<Target> findByIndicatorIdOrderByPeriodStart(long indicatorId);
}
