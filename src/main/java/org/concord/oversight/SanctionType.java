package org.concord.oversight;

/** The remedy or sanction recorded once a case is decided: a fixed list, so that statistics can count them. */
public enum SanctionType {
    DISCIPLINARY_WARNING, SUSPENSION, DISMISSAL, CRIMINAL_PROSECUTION, COMPENSATION, POLICY_CHANGE, APOLOGY, OTHER
}
