package org.concord.oversight.internal.reports;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportKeyRepository extends JpaRepository<ReportKey, Long> {

    Optional<ReportKey> findByReportIdAndHolderAndAccountId(long reportId, ReportKey.Holder holder, Long accountId);

    Optional<ReportKey> findFirstByReportIdAndHolder(long reportId, ReportKey.Holder holder);

    List<ReportKey> findByAccountId(long accountId);

    void deleteByReportId(long reportId);
}
