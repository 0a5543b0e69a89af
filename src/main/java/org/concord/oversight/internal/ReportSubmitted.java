package org.concord.oversight.internal;

import java.time.Instant;

/**
 * A report was received on a channel. Published synchronously inside the intake's transaction, so that the case side
 * of this module can open the case with {@code @EventListener} in the same transaction. Carries nothing a reporter
 * wrote: {@code receivedAtHour} is already rounded to the hour.
 */
public record ReportSubmitted(long reportId, long channelId, long organisationId, String category, Instant receivedAtHour) {
}
