package org.concord.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import org.concord.shared.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.env.MockEnvironment;

/** The password rules on their own: each reason the estimator gives becomes one of Concord's rules. */
class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules();

    private String broken(String candidate, String... personal) {
        return rules.check("newPassword", candidate, personal).map(FieldError::rule).orElse("accepted");
    }

    @Test
    void eachKindOfGuessablePasswordIsRefusedWithItsOwnReason() {
        assertThat(broken("password1234")).isEqualTo("password-common");
        assertThat(broken("1qaz2wsx3edc")).isEqualTo("password-common");
        assertThat(broken("P@ssw0rd2024!")).isEqualTo("password-like-common");
        assertThat(broken("iloveyou1234")).isEqualTo("password-like-common");
        assertThat(broken("qwertyuiop[]")).isEqualTo("password-keyboard");
        assertThat(broken("abcdefghijklmnop")).isEqualTo("password-sequence");
        assertThat(broken("concordconcord")).isEqualTo("password-repeated");
        assertThat(broken("Amina Hassan!", "amina", "Amina Hassan", "amina.hassan@example.org")).isEqualTo("password-personal");
        assertThat(broken("hassan.amina@example.org", "amina", "Amina Hassan", "hassan.amina@example.org"))
                .isEqualTo("password-personal");
        assertThat(broken("Concord-2026")).isEqualTo("password-personal");
        assertThat(broken("12.05.1984!!")).isEqualTo("password-dates");
        assertThat(broken("xyzxyzxyzxyz")).isEqualTo("password-repeated");
        assertThat(broken("short")).isEqualTo("password-length");
        assertThat(broken("x".repeat(129))).isEqualTo("password-length");
        assertThat(PasswordRules.WEAKNESSES).contains("password-common", "password-like-common", "password-keyboard",
                "password-sequence", "password-personal", "password-dates", "password-repeated");
    }

    @Test
    void passphrasesAndRandomOneTimePasswordsAreAccepted() {
        assertThat(broken("seven orange kites hum")).isEqualTo("accepted");
        assertThat(broken("Harbour-lantern-Quartz-58")).isEqualTo("accepted");
        assertThat(broken("x".repeat(20) + " quiet harbour lanterns")).isEqualTo("accepted");
        for (int i = 0; i < 200; i++) {
            assertThat(broken(AccountService.oneTimePassword(), "admin")).isEqualTo("accepted");
        }
    }

    @Test
    void aGuessableFirstAdministratorPasswordStopsTheFirstStartSayingWhy() {
        AccountRepository repository = mock(AccountRepository.class);
        when(repository.count()).thenReturn(0L);
        AccountService accounts = new AccountService(repository, null, null, null, null, Clock.systemUTC(), rules, null, null);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/accounts");
        messages.setDefaultEncoding("UTF-8");
        FirstAdministrator first = new FirstAdministrator(accounts,
                new MockEnvironment().withProperty("concord.admin.password", "Password1234!"), messages);

        assertThatThrownBy(() -> first.run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("CONCORD_ADMIN_PASSWORD (concord.admin.password) is refused: "
                        + "This is like a commonly used password.");
        verify(repository, never()).saveAndFlush(any());
    }
}
