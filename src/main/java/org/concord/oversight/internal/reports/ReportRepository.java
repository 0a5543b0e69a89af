package org.concord.oversight.internal.reports;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByReceiptLookup(byte[] receiptLookup);

    java.util.List<Report> findByOrganisationIdAndPurgedAtIsNull(long organisationId);
}
