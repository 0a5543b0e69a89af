package org.concord.oversight.internal.cases;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRepository extends JpaRepository<OversightCase, Long> {
}
