package org.concord.oversight.internal.reports;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageRepository extends JpaRepository<Message, Long> {

    List<Message> findByReportIdOrderBySentAtAscIdAsc(long reportId);

    void deleteByReportId(long reportId);
}
