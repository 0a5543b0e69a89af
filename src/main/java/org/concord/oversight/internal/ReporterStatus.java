package org.concord.oversight.internal;

import java.util.Optional;

/**
 * What the reporter is told of their report's progress, as a message key ("oversight.status.received"...). The case
 * side of this module provides it; until a provider answers, a report is "received".
 */
public interface ReporterStatus {

    Optional<String> statusKey(long reportId);
}
