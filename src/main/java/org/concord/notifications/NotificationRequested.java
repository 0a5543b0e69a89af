package org.concord.notifications;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.concord.shared.security.Role;

/**
 * Asks that people be told of something. Publish it inside the transaction of the write it is about (it is
 * handled after that commits, and not at all if it rolls back). Recipients are accounts and/or the holders of
 * a role in an organisation (and, with {@code orAbove}, in any organisation above it); each hears once.
 *
 * @param kind        what sort of news this is, named after the publishing module: {@code "oversight.deadline"}
 * @param messageKey  a key of the publisher's message bundle; rendered in each reader's language
 * @param arguments   the message's arguments ({0}, {1}, …), as text
 * @param link        the path within Concord it is about ({@code /activities/42}), or null
 */
public record NotificationRequested(String kind, Set<Long> accountIds, Set<RoleHolders> roleHolders,
                                    String messageKey, List<String> arguments, String link) {

    /** The holders of {@code role} within {@code organisationId} (or, with {@code orAbove}, an organisation above it). */
    public record RoleHolders(Role role, long organisationId, boolean orAbove) {
        public RoleHolders {
            Objects.requireNonNull(role, "role");
        }
    }

    public NotificationRequested {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageKey, "messageKey");
        accountIds = Set.copyOf(accountIds == null ? Set.of() : accountIds);
        roleHolders = Set.copyOf(roleHolders == null ? Set.of() : roleHolders);
        arguments = List.copyOf(arguments == null ? List.of() : arguments);
        if (link != null && !(link.startsWith("/") && !link.startsWith("//"))) {
            throw new IllegalArgumentException("link must be a path within Concord: " + link);
        }
    }

    /** To these accounts. */
    public static NotificationRequested toAccounts(String kind, Collection<Long> accountIds, String link,
                                                   String messageKey, String... arguments) {
        return new NotificationRequested(kind, Set.copyOf(accountIds), Set.of(), messageKey, Arrays.asList(arguments), link);
    }

    /** To the holders of {@code role} in {@code organisationId}, and with {@code orAbove} in the organisations above it. */
    public static NotificationRequested toRoleHolders(String kind, Role role, long organisationId, boolean orAbove,
                                                      String link, String messageKey, String... arguments) {
        return new NotificationRequested(kind, Set.of(), Set.of(new RoleHolders(role, organisationId, orAbove)),
                messageKey, Arrays.asList(arguments), link);
    }
}
