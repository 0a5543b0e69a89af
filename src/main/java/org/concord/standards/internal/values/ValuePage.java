package org.concord.standards.internal.values;

import java.util.List;

/** One page of an indicator's values (page counts from 0), with how many there are in all under the filter. */
public record ValuePage(List<ValueRow> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
