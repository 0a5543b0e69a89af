package org.concord.standards.internal.frameworks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkRepository extends JpaRepository<Framework, Long> {

    boolean existsByCode(String code);

    java.util.Optional<Framework> findByCode(String code);

    List<Framework> findAllByOrderByCode();
}
