package org.concord.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.concord.accounts.Accounts;
import org.concord.accounts.Recipient;
import org.concord.shared.Language;
import org.concord.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts' answers to other modules: plain reads on account and account_grant, one statement each. */
@Service
class AccountDirectory implements Accounts {

    private static final String COLUMNS = "a.id, a.username, a.display_name, a.email, a.preferred_language";

    private final JdbcClient jdbc;
    private final AccountService service;
    private final AccountRepository accounts;
    private final org.springframework.security.crypto.password.PasswordEncoder encoder;

    AccountDirectory(JdbcClient jdbc, AccountService service, AccountRepository accounts,
                     org.springframework.security.crypto.password.PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.service = service;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean passwordMatches(long accountId, char[] password) {
        return accounts.findById(accountId).filter(Account::active)
                .map(a -> encoder.matches(java.nio.CharBuffer.wrap(password), a.passwordHash())).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> recipients(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from account a where a.active and a.id = any(:ids)")
                .param("ids", accountIds.toArray(Long[]::new))
                .query((rs, i) -> recipient(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> holders(Role role, Collection<Long> organisationIds) {
        // a grant without organisation holds the role everywhere, as Actor.has reads it
        return jdbc.sql("select " + COLUMNS + " from account a where a.active and exists (select 1 from account_grant g"
                        + " where g.account_id = a.id and g.role = :role"
                        + " and (g.organisation_id is null or g.organisation_id = any(:organisations)))")
                .param("role", role.name())
                .param("organisations", organisationIds.toArray(Long[]::new))
                .query((rs, i) -> recipient(rs)).list();
    }

    @Override
    public void changeOwnLanguage(Language language) {
        service.changeOwnLanguage(language);
    }

    private static Recipient recipient(ResultSet rs) throws SQLException {
        String tag = rs.getString("preferred_language");
        Language language = tag == null ? Language.EN : Language.ofOrDefault(java.util.Locale.forLanguageTag(tag));
        return new Recipient(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), language, tag != null);
    }
}
