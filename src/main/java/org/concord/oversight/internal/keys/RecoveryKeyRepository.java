package org.concord.oversight.internal.keys;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecoveryKeyRepository extends JpaRepository<RecoveryKey, Long> {
}
