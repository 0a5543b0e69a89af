package org.concord.oversight.internal.cases;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseTransitionRepository extends JpaRepository<CaseTransitionRecord, Long> {
}
