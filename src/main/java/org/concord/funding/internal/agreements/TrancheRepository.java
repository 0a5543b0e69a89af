package org.concord.funding.internal.agreements;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TrancheRepository extends JpaRepository<Tranche, Long> {

    List<Tranche> findByAgreementIdOrderByPosition(long agreementId);

    /** The tranche with its row locked until the transaction ends: two releases of one tranche run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Tranche t where t.id = :id")
    Optional<Tranche> lockById(long id);
}
