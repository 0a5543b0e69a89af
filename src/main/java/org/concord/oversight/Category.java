package org.concord.oversight;

/** What a report is about: the fixed list every channel chooses its categories from. */
public enum Category {
    UNLAWFUL_FORCE, TORTURE_ILL_TREATMENT, ARBITRARY_DETENTION, CORRUPTION_BRIBERY, PROCUREMENT_FRAUD,
    DISCRIMINATION, SEXUAL_GENDER_BASED_VIOLENCE, PRIVACY_VIOLATION, RETALIATION, OTHER
}
