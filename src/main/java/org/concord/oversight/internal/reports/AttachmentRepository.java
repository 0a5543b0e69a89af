package org.concord.oversight.internal.reports;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByReportIdOrderByIdAsc(long reportId);
}
