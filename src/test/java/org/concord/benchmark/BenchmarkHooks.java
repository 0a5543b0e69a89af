package org.concord.benchmark;

import java.io.ByteArrayInputStream;
import org.concord.projects.internal.imports.ImportJob;
import org.concord.projects.internal.imports.ImportService;
import org.springframework.context.ApplicationContext;

/** The parts of Concord the benchmark drives. */
final class BenchmarkHooks {

    private final ApplicationContext app;

    BenchmarkHooks(ApplicationContext app) {
        this.app = app;
    }

    void importFile(String name, byte[] content) {
        ImportService imports = app.getBean(ImportService.class);
        ImportJob job = imports.runNow(imports.submit(name, new ByteArrayInputStream(content)).id());
        if (!"DONE".equals(job.status())) {
            throw new IllegalStateException(name + ": " + job.status() + " " + job.error());
        }
    }

    void overlaps() {
        // filled in once overlap detection is merged
    }
}
