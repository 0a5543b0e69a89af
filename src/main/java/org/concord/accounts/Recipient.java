package org.concord.accounts;

import org.concord.shared.Language;

/**
 * A person as something that writes to them needs them: their name, e-mail address (null when none is known)
 * and language (English until they choose one; {@code languageChosen} says whether they did).
 */
public record Recipient(long accountId, String username, String displayName, String email, Language language,
                        boolean languageChosen) {
}
