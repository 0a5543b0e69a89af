package org.concord.oversight.internal.reports;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoteRepository extends JpaRepository<Note, Long> {

    List<Note> findByReportIdOrderByWrittenAtAscIdAsc(long reportId);

    void deleteByReportId(long reportId);
}
