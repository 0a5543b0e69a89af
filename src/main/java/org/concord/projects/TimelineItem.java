package org.concord.projects;

import java.time.LocalDate;

/** An activity on a country's timeline, coloured by its main reform area. */
public record TimelineItem(long id, String iatiIdentifier, String title, String status, LocalDate start,
                           LocalDate end, String area, String areaName, String colour, String implementers) {
}
