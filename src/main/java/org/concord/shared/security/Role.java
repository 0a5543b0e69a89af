package org.concord.shared.security;

/** What a person may do, always within the scope of an organisation (or everywhere, for ADMIN). */
public enum Role {
    ADMIN, COORDINATOR, OVERSIGHT_OFFICER, EVALUATOR, TRAINER, TRAINEE
}
