package org.concord.organisations;

/** What an organisation does in security sector reform. */
public enum SsrRole {
    NORM_SETTING, FUNDING, TECHNICAL_ASSISTANCE, TRAINING, MONITORING_EVALUATION, OVERSIGHT, COORDINATION,
    RESEARCH, LITIGATION_ADJUDICATION
}
