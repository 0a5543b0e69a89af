package org.concord.oversight.internal.intake;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds the intake's CPU-heavy work (image re-encoding, Argon2id of the receipt, key wrapping, encryption, blob
 * writes) to {@code concord.oversight.intake-concurrency} submissions at a time on this instance, by default one less
 * than the processors (at least one): however many people submit at once, a processor stays free for everyone else,
 * officers first. Argon2id alone needs 19 MiB per submission, so the bound also caps the memory intake takes.
 *
 * <p>A submission over the bound waits its turn in a fair queue, up to {@code concord.oversight.intake-wait} (default
 * 10 s; one submission's work is a fraction of a second, so that covers a burst dozens deep), because whoever is
 * sending a report has usually written it with care and should not have to send it again for a momentary crowd.
 * Past that wait, or when {@code concord.oversight.intake-queue} submissions (default 32) already wait, it is refused
 * at once with 503 and Retry-After, the form kept filled in: a clear "try again in a few seconds" rather than a
 * request that hangs. The queue is bounded because each waiting submission holds one of the web server's request
 * threads (200) and its attachments in memory: 32 leaves most threads to officers and everyone else.
 */
@Component
class IntakeBulkhead {

    private final Semaphore working;
    private final Semaphore admitted;
    private final Duration wait;
    private final int concurrency;

    @Autowired
    IntakeBulkhead(@Value("${concord.oversight.intake-concurrency:0}") int concurrency,
                   @Value("${concord.oversight.intake-queue:0}") int queue,
                   @Value("${concord.oversight.intake-wait:10s}") Duration wait) {
        this.concurrency = concurrency > 0 ? concurrency : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        int waiting = queue > 0 ? queue : 32;
        this.working = new Semaphore(this.concurrency, true);
        this.admitted = new Semaphore(this.concurrency + waiting);
        this.wait = wait;
    }

    /** Runs {@code work} once a slot is free; {@link IntakeRefusedException} "overloaded" when none comes in time. */
    <T> T run(Supplier<T> work) {
        if (!admitted.tryAcquire()) {
            throw new IntakeRefusedException("overloaded");
        }
        try {
            if (!working.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IntakeRefusedException("overloaded");
            }
            try {
                return work.get();
            } finally {
                working.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeRefusedException("overloaded");
        } finally {
            admitted.release();
        }
    }

    int concurrency() {
        return concurrency;
    }

    /** True when every place, working and waiting, is taken. */
    boolean queueFull() {
        return admitted.availablePermits() == 0;
    }
}
