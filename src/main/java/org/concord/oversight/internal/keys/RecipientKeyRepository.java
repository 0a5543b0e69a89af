package org.concord.oversight.internal.keys;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecipientKeyRepository extends JpaRepository<RecipientKey, Long> {
}
