/**
 * Funding agreements with conditions: who funds which institution for which activities, in tranches released only
 * when the milestones they depend on are verified by an independent evaluator (or waived, with a public
 * justification). Other modules call {@link org.concord.funding.FundingAgreements}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "exchangerates", "notifications", "organisations", "projects", "shared", "standards"},
        displayName = "Funding with conditions")
package org.concord.funding;
