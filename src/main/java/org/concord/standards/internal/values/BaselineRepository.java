package org.concord.standards.internal.values;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BaselineRepository extends JpaRepository<Baseline, Long> {

    List<Baseline> findByIndicatorId(long indicatorId);
}
