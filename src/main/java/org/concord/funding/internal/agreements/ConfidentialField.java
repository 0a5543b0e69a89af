package org.concord.funding.internal.agreements;

/**
 * What a funder may keep from the public page, the API and exports: the amounts (total, tranches, releases), the
 * conditions' texts and targets, and the evaluators' findings with the evidence. Parties, assigned evaluators and
 * administrators still see them.
 */
public enum ConfidentialField {
    AMOUNTS, CONDITIONS, FINDINGS
}
