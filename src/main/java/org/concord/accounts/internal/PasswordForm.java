package org.concord.accounts.internal;

import jakarta.validation.constraints.NotBlank;

/** A person replacing their own password. */
public class PasswordForm {
    @NotBlank
    private String currentPassword;
    @NotBlank
    private String newPassword;
    @NotBlank
    private String confirmation;

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String v) { currentPassword = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String v) { confirmation = v; }
}
