package org.concord.projects.internal.overlap;

import java.util.HashSet;
import java.util.Set;
import org.concord.projects.ActivitiesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Recomputes overlaps once an import or an edit has committed, in the background. Changes that arrive
 * while a run is under way are gathered and handled together by the next run, so an import of thousands
 * of activities in many transactions costs a few runs, not thousands.
 */
@Component
class OverlapRecomputation {

    private static final Logger log = LoggerFactory.getLogger(OverlapRecomputation.class);

    private final OverlapDetector detector;
    private final Set<Long> pending = new HashSet<>();
    private boolean everything;

    /** Off only where detection is measured or run on its own (the benchmark). */
    private final boolean background;

    OverlapRecomputation(OverlapDetector detector,
                         @org.springframework.beans.factory.annotation.Value("${concord.overlaps.background:true}") boolean background) {
        this.detector = detector;
        this.background = background;
    }

    /** Published by the service when weights or threshold change: every score changes. */
    record SettingsChanged() {
    }

    @Async(OverlapConfiguration.EXECUTOR)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void activitiesChanged(ActivitiesChanged event) {
        synchronized (this) {
            pending.addAll(event.activityIds());
        }
        runPending();
    }

    @Async(OverlapConfiguration.EXECUTOR)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void settingsChanged(SettingsChanged event) {
        synchronized (this) {
            everything = true;
        }
        runPending();
    }

    private void runPending() {
        if (!background) {
            return;
        }
        Set<Long> ids;
        boolean all;
        synchronized (this) {
            ids = Set.copyOf(pending);
            all = everything;
            pending.clear();
            everything = false;
        }
        try {
            if (all) {
                detector.recomputeAll();
            } else if (!ids.isEmpty()) {
                detector.recompute(ids);
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                pending.addAll(ids);
                everything |= all;
            }
            log.error("Overlap detection failed{}; it is tried again with the next change", all ? "" : " for "
                    + ids.size() + " changed activities", e);
        }
    }
}
