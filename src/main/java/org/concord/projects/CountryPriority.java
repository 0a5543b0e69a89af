package org.concord.projects;

import java.math.BigDecimal;
import java.util.List;

/**
 * A national SSR priority of a country with the activities that serve it: a <em>gap</em> when none is active and
 * funded, <em>little funding</em> when they hold under {@link #LITTLE_FUNDING} of the country's counted budget.
 */
public record CountryPriority(long id, String title, String description, String area, String areaName, String colour,
                              long version, List<ServingActivity> activities, BigDecimal budgetUsd,
                              BigDecimal shareOfCountry, boolean gap, boolean littleFunding) {

    public static final BigDecimal LITTLE_FUNDING = new BigDecimal("0.05");

    public record ServingActivity(long id, String iatiIdentifier, String title, String status, boolean activeAndFunded,
                                  BigDecimal budgetUsd) {
    }
}
