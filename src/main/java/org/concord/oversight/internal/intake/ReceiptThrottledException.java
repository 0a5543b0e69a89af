package org.concord.oversight.internal.intake;

import java.time.Duration;

/** Too many wrong receipts from this source, or from everybody: try again after {@code wait}. */
public class ReceiptThrottledException extends RuntimeException {

    private final Duration wait;

    public ReceiptThrottledException(Duration wait) {
        super("wrong receipts throttled", null, false, false);
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }

    public long seconds() {
        return Math.max(1, wait.toSeconds());
    }
}
