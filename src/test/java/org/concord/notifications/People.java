package org.concord.notifications;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.concord.TestActors;
import org.concord.shared.security.Actor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Real accounts and organisations for notification tests (recipients are looked up in the database). */
public final class People {

    private final JdbcTemplate jdbc;

    public People(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A person with a real account row; {@code language} null = never chose one; {@code email} may be null. */
    public record Person(long id, String username, String email, Grant[] grants) {
        public Authentication signedIn() {
            Actor actor = new Actor(id, username, new HashSet<>(Arrays.asList(grants)));
            return UsernamePasswordAuthenticationToken.authenticated(new TestActors.Principal(actor), null,
                    List.of(new SimpleGrantedAuthority("ROLE_USER")));
        }
    }

    public Person account(String name, String language, String email, Grant... grants) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        Long id = jdbc.queryForObject("""
                insert into account (username, display_name, email, password_hash, must_change_password, preferred_language)
                values (?, ?, ?, 'not-a-hash', false, ?) returning id""", Long.class, username, name, email, language);
        for (Grant g : grants) {
            jdbc.update("insert into account_grant (account_id, role, organisation_id) values (?, ?, ?)",
                    id, g.role().name(), g.organisationId());
        }
        return new Person(id, username, email, grants);
    }

    public long organisation(String name, Long parent) {
        Long id = jdbc.queryForObject("insert into organisation (slug, type, parent_id) values (?, 'OVERSIGHT_BODY', ?) returning id",
                Long.class, "n-" + UUID.randomUUID(), parent);
        jdbc.update("insert into organisation_name (organisation_id, language, name) values (?, 'en', ?)", id, name);
        return id;
    }

    public void deactivate(Person person) {
        jdbc.update("update account set active = false where id = ?", person.id());
    }

    public void prefer(Person person, Delivery delivery) {
        jdbc.update("""
                insert into notification_preference (account_id, delivery, updated_at) values (?, ?, now())
                on conflict (account_id) do update set delivery = excluded.delivery""", person.id(), delivery.name());
    }

    public static Grant grant(Role role, long organisationId) {
        return new Grant(role, organisationId);
    }
}
