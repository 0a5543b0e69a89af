package org.concord.standards.internal.wgi;

import java.util.EnumMap;
import java.util.Map;

/** A saved column layout: for each kind of column, the header of the column that holds it in the file. */
public record WgiMapping(Long id, String name, long ownerOrganisationId, Map<WgiColumn, String> headers, long version) {

    public WgiMapping {
        headers = headers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(headers));
    }

    /** The 2024 update's long layout, as a mapping a user starts from. */
    public static Map<WgiColumn, String> publishedLayout() {
        Map<WgiColumn, String> m = new EnumMap<>(WgiColumn.class);
        for (WgiColumn c : WgiColumn.values()) {
            m.put(c, c.defaultHeader());
        }
        return m;
    }
}
