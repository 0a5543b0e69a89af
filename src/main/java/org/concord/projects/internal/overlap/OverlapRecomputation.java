package org.concord.projects.internal.overlap;

import java.util.HashSet;
import java.util.Set;
import org.concord.projects.ActivitiesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Recomputes overlaps once an import or an edit has committed, in the background. Each reaction is an
 * {@link ApplicationModuleListener}: the event publication registry records it in the transaction that published the
 * event, and marks it completed only when the detection run returns; so a recomputation that a crash (or a failed
 * run) cut short is still outstanding at the next start, which publishes it again. Runs take turns on the overlap
 * executor's one thread ({@link OverlapConfiguration}); the explicit {@code @Async} names that executor instead of
 * the general one the annotation would otherwise use.
 */
@Component
class OverlapRecomputation {

    private static final Logger log = LoggerFactory.getLogger(OverlapRecomputation.class);

    private final OverlapDetector detector;
    /** Activities of a run that failed: tried again with the next change, as well as when their event is republished. */
    private final Set<Long> pending = new HashSet<>();
    private boolean everything;

    /** Off only where detection is measured or run on its own (the benchmark). */
    private final boolean background;

    OverlapRecomputation(OverlapDetector detector, @Value("${concord.overlaps.background:true}") boolean background) {
        this.detector = detector;
        this.background = background;
    }

    /**
     * Published by the service when weights or threshold change: every score changes. (It carries when, because the
     * registry stores events as JSON and an event without properties has none.)
     */
    record SettingsChanged(java.time.Instant at) {
    }

    @Async(OverlapConfiguration.EXECUTOR)
    @ApplicationModuleListener
    public void activitiesChanged(ActivitiesChanged event) {
        synchronized (this) {
            pending.addAll(event.activityIds());
        }
        runPending();
    }

    @Async(OverlapConfiguration.EXECUTOR)
    @ApplicationModuleListener
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
            log.error("Overlap detection failed{}; it is tried again with the next change and at the next start",
                    all ? "" : " for " + ids.size() + " changed activities", e);
            // thrown on, so that the registry leaves the publication incomplete
            throw e;
        }
    }
}
