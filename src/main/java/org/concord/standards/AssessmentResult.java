package org.concord.standards;

import java.time.LocalDate;
import java.util.List;

/**
 * A published assessment's result: the peer review's scores (the ones that count). The overall score is the mean of
 * the section scores (each risk area weighs the same, whatever its number of questions), rounded half up.
 * {@code organisationName} is in the reader's language.
 */
public record AssessmentResult(long id, long organisationId, String organisationName, String templateCode,
                               int templateEdition, String templateName, LocalDate assessedOn, int overallScore,
                               String overallBand, List<SectionBand> sections) {
}
