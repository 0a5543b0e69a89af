package org.concord.oversight.internal.reports;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageRepository extends JpaRepository<Message, Long> {

    /** In the order written: a reporter's times are rounded to the hour, so time alone would misorder them. */
    List<Message> findByReportIdOrderByIdAsc(long reportId);

    void deleteByReportId(long reportId);
}
