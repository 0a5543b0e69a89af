package org.concord.oversight;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.TestActors;
import org.concord.oversight.internal.channels.ChannelForm;
import org.concord.oversight.internal.channels.ChannelService;
import org.concord.oversight.internal.channels.Questionnaire;
import org.concord.oversight.internal.keys.RecipientKeys;
import org.concord.oversight.internal.keys.RecoveryKeys;
import org.concord.shared.security.Actor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An oversight body with real accounts (officers with passwords and keys), a channel with one question of each kind,
 * and a recovery key sealed under a passphrase: what the oversight tests submit to and read from.
 */
public class OversightFixture {

    public static final String PASSWORD = "officer password 0001";
    public static final String RECOVERY_PASSPHRASE = "recovery passphrase of the body";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final ChannelService channels;
    private final RecipientKeys keys;
    private final RecoveryKeys recovery;

    public OversightFixture(JdbcTemplate jdbc, PasswordEncoder encoder, ChannelService channels, RecipientKeys keys,
                            RecoveryKeys recovery) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.channels = channels;
        this.keys = keys;
        this.recovery = recovery;
    }

    public record Body(long organisationId, String slug, long officerId, String officer) {
    }

    /** A body with one officer who has a key, a channel naming them, and a recovery key. */
    public Body body() {
        String n = SEQUENCE.incrementAndGet() + "x" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40), 36);
        long org = organisation("oversight-body-" + n, "OVERSIGHT_BODY");
        String officer = "officer-" + n;
        long officerId = account(officer, Role.OVERSIGHT_OFFICER, org);
        TestActors.runAs(as(officerId, officer, new Grant(Role.OVERSIGHT_OFFICER, org)), () -> {
            keys.enrol(PASSWORD.toCharArray());
            return null;
        });
        String slug = "police-conduct-" + n;
        TestActors.runAs(TestActors.admin(), () -> {
            channels.create(channelForm(org, slug, List.of(officerId)));
            recovery.create(org, RECOVERY_PASSPHRASE);
            return null;
        });
        return new Body(org, slug, officerId, officer);
    }

    public long organisation(String slug, String type) {
        Long id = jdbc.queryForObject("insert into organisation (slug, type) values (?, ?) returning id", Long.class, slug, type);
        jdbc.update("insert into organisation_name (organisation_id, language, name) values (?, 'en', ?)", id, "Body " + slug);
        return id;
    }

    public long account(String username, Role role, long organisationId) {
        Long id = jdbc.queryForObject("""
                insert into account (username, display_name, password_hash, must_change_password)
                values (?, ?, ?, false) returning id""", Long.class, username, "Officer " + username, encoder.encode(PASSWORD));
        jdbc.update("insert into account_grant (account_id, role, organisation_id) values (?, ?, ?)", id, role.name(), organisationId);
        return id;
    }

    /** Signed in as a real account (the keys need its id). */
    public static Authentication as(long accountId, String username, Grant... grants) {
        Actor actor = new Actor(accountId, username, new HashSet<>(Set.of(grants)));
        return UsernamePasswordAuthenticationToken.authenticated(new TestActors.Principal(actor), null,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    public static ChannelForm channelForm(long org, String slug, List<Long> recipients) {
        ChannelForm form = new ChannelForm();
        form.setOrganisationId(org);
        form.setSlug(slug);
        ChannelForm.TextRow en = new ChannelForm.TextRow();
        en.setLanguage("en");
        en.setName("Complaints about police conduct");
        en.setDescription("Tell the ombudsperson what happened.");
        form.getTexts().add(en);
        form.setRecipients(recipients);
        form.setCategories(List.of(Category.UNLAWFUL_FORCE, Category.CORRUPTION_BRIBERY, Category.OTHER));
        form.getQuestions().add(question("what", Questionnaire.Kind.LONG_TEXT, true, "What happened?", null));
        form.getQuestions().add(question("where", Questionnaire.Kind.PLACE, false, "Where?", null));
        form.getQuestions().add(question("when", Questionnaire.Kind.DATE, false, "When?", null));
        form.getQuestions().add(question("unit", Questionnaire.Kind.TEXT, false, "Which unit?", null));
        form.getQuestions().add(question("seen", Questionnaire.Kind.CHOICE, false, "Did you see it yourself?",
                "yes | Yes | Oui\nno | No | Non"));
        form.getQuestions().add(question("harm", Questionnaire.Kind.MULTIPLE_CHOICE, false, "What harm?",
                "injury | Injury\nloss | Loss of money\nthreat | Threats"));
        form.getQuestions().add(question("evidence", Questionnaire.Kind.FILE, false, "Evidence", null));
        return form;
    }

    static ChannelForm.QuestionRow question(String key, Questionnaire.Kind kind, boolean required, String label,
                                            String options) {
        ChannelForm.QuestionRow row = new ChannelForm.QuestionRow();
        row.setKey(key);
        row.setKind(kind);
        row.setRequired(required);
        row.setLabels(new java.util.LinkedHashMap<>(Map.of("en", label)));
        row.setOptions(options);
        return row;
    }
}
