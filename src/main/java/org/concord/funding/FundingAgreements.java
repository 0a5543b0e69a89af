package org.concord.funding;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of the funding module. Reads show what the current reader may see: fields a funder
 * marked confidential are left out (null) for readers who are neither party, nor an assigned evaluator, nor an
 * administrator.
 */
public interface FundingAgreements {

    /** The agreement, as the current reader may see it. */
    Optional<AgreementSummary> summary(long id);

    /** Agreements whose recipient works in this country (ISO 3166-1 alpha-2), newest first. */
    List<AgreementSummary> inCountry(String country, int limit);

    /** Conditions of the agreements in this country, counted by status (OPEN, SUBMITTED, MET, ...). */
    java.util.Map<String, Long> conditionsByStatus(String country);
}
