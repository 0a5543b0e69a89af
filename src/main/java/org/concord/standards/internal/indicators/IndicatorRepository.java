package org.concord.standards.internal.indicators;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);

    boolean existsByCode(String code);

    List<Indicator> findByStandardIdOrderByCode(long standardId);
}
