package org.concord.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.concord.audit.EntityChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The directory with what it depends on (audit, shared): an organisation an IATI file names is entered through
 * {@link Organisations}, found by its identifier and read back in English, and its entry is announced for the audit log.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class OrganisationsModuleTest {

    private static final String IDENTIFIER = "XM-MODULE-TEST-1";

    @Autowired
    Organisations organisations;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void remove() {
        jdbc.update("delete from organisation where iati_identifier = ?", IDENTIFIER);
    }

    @Test
    void anOrganisationAFileNamesIsEnteredAndFound(Scenario scenario) {
        scenario.stimulate(() -> organisations.registerAllFromIati(
                        List.of(new Organisations.IatiOrganisation(IDENTIFIER, "Module Test Mission", "40"))))
                .andWaitForEventOfType(EntityChanged.class)
                .matching(e -> e.entityType().equals("organisation") && e.action().equals("created-from-iati"))
                .toArriveAndVerify((event, registered) -> {
                    assertThat(registered.created()).isEqualTo(1);
                    assertThat(event.entityId()).isEqualTo(String.valueOf(registered.ids().get(IDENTIFIER)));
                });

        long id = organisations.idsByIatiIdentifier().get(IDENTIFIER);
        OrganisationView view = organisations.find(id, Locale.ENGLISH).orElseThrow();
        assertThat(view.name()).isEqualTo("Module Test Mission");
        assertThat(view.type()).isEqualTo(OrganisationType.INTERNATIONAL_ORGANISATION);
        assertThat(organisations.names(Locale.ENGLISH)).containsEntry(id, "Module Test Mission");

        // entering it again changes nothing
        assertThat(organisations.registerAllFromIati(
                List.of(new Organisations.IatiOrganisation(IDENTIFIER, "Module Test Mission", "40"))).created()).isZero();
    }
}
