package org.concord.projects;

import java.math.BigDecimal;

/**
 * A recipient region's published SSR activities and their counted budget in US dollars: regional and global support
 * (OECD DAC regions, IATI Region vocabulary 1, e.g. 289 South of Sahara, 998 developing countries unspecified), which
 * the world map lists beside the countries. {@code global} marks 998, support given to no region in particular.
 */
public record RegionFigures(String code, String name, long activities, BigDecimal budgetUsd, boolean global) {

    /** IATI Region 998: developing countries, unspecified. */
    public static final String UNSPECIFIED = "998";
}
