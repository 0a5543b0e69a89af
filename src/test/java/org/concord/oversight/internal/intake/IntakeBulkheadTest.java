package org.concord.oversight.internal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** However many submit at once, no more than the bound seal reports at a time; the others are told to come back. */
class IntakeBulkheadTest {

    @Test
    void aSubmissionOverTheBoundIsRefusedAsOverloadedAndTheNextOneRunsOnceASlotIsFree() throws Exception {
        IntakeBulkhead bulkhead = new IntakeBulkhead(1, 1, Duration.ZERO);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> bulkhead.run(() -> {
            inside.countDown();
            await(release);
            return "first";
        }));
        inside.await();

        assertThatThrownBy(() -> bulkhead.run(() -> "second"))
                .isInstanceOfSatisfying(IntakeRefusedException.class, e -> assertThat(e.reason()).isEqualTo("overloaded"));

        release.countDown();
        assertThat(first.get()).isEqualTo("first");
        assertThat(bulkhead.run(() -> "third")).isEqualTo("third");
    }

    @Test
    void whenTheQueueIsFullASubmissionIsRefusedWithoutWaiting() throws Exception {
        IntakeBulkhead bulkhead = new IntakeBulkhead(1, 1, Duration.ofHours(1));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> working = CompletableFuture.supplyAsync(() -> bulkhead.run(() -> {
            inside.countDown();
            await(release);
            return "working";
        }));
        inside.await();
        // the one place in the queue: this one waits for the slot
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> bulkhead.run(() -> "waited"));
        while (!bulkhead.queueFull()) {
            Thread.onSpinWait();
        }

        assertThatThrownBy(() -> bulkhead.run(() -> "third"))
                .isInstanceOfSatisfying(IntakeRefusedException.class, e -> assertThat(e.reason()).isEqualTo("overloaded"));

        release.countDown();
        assertThat(working.get()).isEqualTo("working");
        assertThat(waiting.get()).isEqualTo("waited");
    }

    @Test
    void byDefaultOneProcessorIsLeftForEveryoneElse() {
        int processors = Runtime.getRuntime().availableProcessors();
        assertThat(new IntakeBulkhead(0, 0, Duration.ofSeconds(10)).concurrency()).isEqualTo(Math.max(1, processors - 1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
