package org.concord.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account's own settings through the API. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Account", description = "The signed-in account itself")
class AccountApi {

    private final AccountService accounts;

    AccountApi(AccountService accounts) {
        this.accounts = accounts;
    }

    /** What a client sends to replace its own password. */
    record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    @PutMapping("/password")
    @Operation(summary = "Replace my password",
            description = "204 when replaced. 400 with a problem document naming each broken rule otherwise: wrong "
                    + "current password, length (12 to 128 characters), or too easy to guess, with the reason "
                    + "(password-common, password-like-common, password-personal, password-keyboard, ...) and its "
                    + "message in the language of Accept-Language.")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change) {
        PasswordForm form = new PasswordForm();
        form.setCurrentPassword(change.currentPassword());
        form.setNewPassword(change.newPassword());
        form.setConfirmation(change.newPassword());
        accounts.changeOwnPassword(form);
        return ResponseEntity.noContent().build();
    }
}
