package org.concord.standards.internal.frameworks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StandardRepository extends JpaRepository<Standard, Long> {

    boolean existsByFrameworkIdAndCode(long frameworkId, String code);

    java.util.Optional<Standard> findByFrameworkIdAndCode(long frameworkId, String code);

    List<Standard> findByFrameworkIdOrderByPositionAscCodeAsc(long frameworkId);
}
