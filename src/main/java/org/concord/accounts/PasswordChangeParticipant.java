package org.concord.accounts;

/**
 * Something another module keeps under a key derived from an account's password (the oversight module's recipient
 * keys). Accounts calls every participant synchronously, inside the transaction that changes the password, after the
 * old password was checked: a participant that throws undoes the change. Passwords are never put in application
 * events (the event publication registry would store them in the database).
 */
public interface PasswordChangeParticipant {

    void passwordChanged(long accountId, char[] oldPassword, char[] newPassword);
}
