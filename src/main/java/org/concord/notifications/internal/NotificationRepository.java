package org.concord.notifications.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Optional<Notification> findByIdAndAccountId(long id, long accountId);

    @Modifying
    @Query(value = "update notification set read_at = :at where account_id = :accountId and read_at is null",
            nativeQuery = true)
    int markAllRead(long accountId, Instant at);

    @Modifying
    @Query(value = "update notification set emailed_at = :at where id in (:ids) and emailed_at is null", nativeQuery = true)
    int markEmailed(Collection<Long> ids, Instant at);
}
