package org.concord.projects.internal.country;

import java.util.Locale;
import java.util.Optional;
import org.concord.projects.internal.iati.IatiCodelists;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Recipient regions of the OECD DAC vocabulary (IATI Region codelist, vocabulary 1), named in the reader's language:
 * the bundle's {@code region.name.<code>} in the six languages, else the codelist's English name.
 */
@Component
public class Regions {

    private static final String CODELIST = "Region";

    private final MessageSource messages;
    private final IatiCodelists codelists = IatiCodelists.standard();

    public Regions(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether the code is an OECD DAC region (withdrawn codes too: older activities use them). */
    public boolean exists(String code) {
        return codelists.isValid(CODELIST, code);
    }

    /** The region's name in the reader's language, when the code is a region. */
    public Optional<String> name(String code, Locale locale) {
        if (!exists(code)) {
            return Optional.empty();
        }
        String english = codelists.name(CODELIST, code).orElse(code);
        return Optional.of(messages.getMessage("region.name." + code, null, english, locale));
    }
}
