package org.concord.projects;

import java.math.BigDecimal;

/** A country's published SSR activities and their counted budget in US dollars: one entry of the world map. */
public record CountryFigures(String code, String alpha3, String name, long activities, BigDecimal budgetUsd) {

    /** What a world map of these figures may show: the number of activities or their counted budget. */
    public static final java.util.Set<String> MEASURES = java.util.Set.of("activities", "budget");
}
