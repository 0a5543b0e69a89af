package org.concord.oversight.internal.reports;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReportKeyRepository extends JpaRepository<ReportKey, Long> {

    Optional<ReportKey> findByReportIdAndHolderAndAccountId(long reportId, ReportKey.Holder holder, Long accountId);

    Optional<ReportKey> findFirstByReportIdAndHolder(long reportId, ReportKey.Holder holder);

    List<ReportKey> findByReportId(long reportId);

    @Modifying
    @Query("delete from ReportKey k where k.accountId = :accountId and k.holder = :holder")
    void deleteByAccountIdAndHolder(long accountId, ReportKey.Holder holder);

    @Modifying
    @Query("delete from ReportKey k where k.reportId = :reportId")
    void deleteByReportId(long reportId);
}
