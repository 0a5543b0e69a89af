package org.concord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructureTest {

    /** Where the module documentation is written; the README's "Modules" section points here. */
    static final Path DOCUMENTATION = Path.of("target", "spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(ConcordApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicTypesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theFoundationModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("accounts", "audit", "notifications", "organisations", "portal", "projects", "shared");
    }

    /**
     * The component diagram of all modules (components.puml), one diagram and one canvas per module
     * (module-&lt;name&gt;.puml, module-&lt;name&gt;.adoc: its API, events published and listened to, beans) and a
     * document joining them (all-docs.adoc), written from the code as it is, so they cannot drift from it.
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION.toString()))
                .writeDocumentation()
                .writeAggregatingDocument();

        assertThat(DOCUMENTATION.resolve("components.puml")).content()
                .contains("Projects (SSR activities)", "Public portal", "Audit log");
        assertThat(DOCUMENTATION.resolve("module-projects.adoc")).content().contains("ActivitiesChanged");
        assertThat(DOCUMENTATION.resolve("all-docs.adoc")).exists();
    }
}
