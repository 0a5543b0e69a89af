package org.concord.projects.internal.overlap;

import java.time.Duration;

/**
 * One detection run: how many activities it compared, how many pairs met the structural rules (same
 * country, overlapping periods, a shared area, beneficiary or implementer), how many scored at or above
 * the threshold and were kept, and how long it took.
 */
public record DetectionReport(int activities, long candidatePairs, int keptPairs, Duration took) {
}
