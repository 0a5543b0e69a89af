package org.concord.projects.internal.country;

import org.springframework.data.jpa.repository.JpaRepository;

interface NationalPriorityRepository extends JpaRepository<NationalPriority, Long> {
}
