/**
 * People who sign in, their roles within organisations, and sign-in itself: Argon2id passwords,
 * throttling after failed attempts, sessions kept in PostgreSQL, the first administrator.
 * Other modules learn who acts through {@link org.concord.shared.security.CurrentActor}, and whom to write to
 * (e-mail, language, holders of a role in an organisation) through {@link org.concord.accounts.Accounts}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "organisations", "shared"}, displayName = "Accounts")
package org.concord.accounts;
