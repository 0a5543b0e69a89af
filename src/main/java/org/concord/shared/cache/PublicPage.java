package org.concord.shared.cache;

import java.util.List;

/**
 * A page (or API resource) anyone may read whose content for anonymous readers depends only on the address, the
 * reader's language and the given data: {@link PublicPageCache} keeps its rendering for anonymous readers until one
 * of {@code versions} moves. A module declares its public pages as beans.
 *
 * @param pattern  the path, in Spring's PathPattern syntax ({@code /countries/*})
 * @param capacity most bytes of renderings kept for it
 */
public record PublicPage(String pattern, List<DataVersion> versions, long capacity) {

    public PublicPage {
        versions = List.copyOf(versions);
    }

    public static PublicPage of(String pattern, long capacity, DataVersion... versions) {
        return new PublicPage(pattern, List.of(versions), capacity);
    }
}
