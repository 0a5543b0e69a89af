package org.concord.projects.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.Actor;
import org.concord.shared.security.ActorPrincipal;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code --import-iati=FILE[,FILE…]}: imports the files now, prints each report, and exits (0 all imported,
 * 4 when a file was refused or failed). {@code --import-repair=remove-forbidden-characters} removes the characters
 * XML 1.0 forbids first and prints each removal. The audit log names the operator "command-line".
 */
@Component
class ImportCommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final String FLAG = "import-iati";
    static final String REPAIR = "import-repair";
    private Repair repair = Repair.NONE;

    private final ImportService imports;
    private final ImportWorker worker;
    private final MessageSource messages;
    private int exitCode;

    ImportCommandLine(ImportService imports, ImportWorker worker, MessageSource messages) {
        this.imports = imports;
        this.worker = worker;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!args.containsOption(FLAG)) {
            return;
        }
        Actor operator = new Actor(0, "command-line", Set.of(new Grant(Role.ADMIN, null)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated((ActorPrincipal) () -> operator, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            if (args.containsOption(REPAIR)) {
                repair = Repair.of(args.getOptionValues(REPAIR).get(0));
            }
            for (String value : args.getOptionValues(FLAG)) {
                for (String file : value.split(",")) {
                    importOne(Path.of(file.trim()));
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void importOne(Path file) throws IOException {
        ImportJob job;
        try (InputStream in = Files.newInputStream(file)) {
            job = imports.submit(file.getFileName().toString(), in, repair);
        } catch (InvalidInputException e) {
            for (var error : e.errors()) {
                // the reason first, then each broken place: rule, line, column, activity, details
                String text = messages.getMessage(error.messageKey(), error.arguments(), error.rule(), Locale.ENGLISH);
                System.out.println(error == e.errors().get(0) ? file + ": refused — " + text : "  " + text);
            }
            exitCode = 4;
            return;
        }
        // the background poller may have taken the job first; then wait for it to finish
        while (!worker.runIfFree(job.id()) && !imports.job(job.id()).finished()) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ImportJob done = imports.job(job.id());
        System.out.printf("%s: %s — %d activities: %d created, %d updated, %d unchanged, %d rejected%n", file,
                done.status(), done.processed(), done.created(), done.updated(), done.unchanged(), done.rejected());
        imports.problems(job.id(), "REMOVED").forEach(p -> System.out.printf("  removed %s%n", p.rule()));
        imports.problems(job.id(), "REJECTED").forEach(p -> System.out.printf("  rejected #%d %s: %s — %s%n",
                p.position(), p.iatiIdentifier(), p.element(), p.rule()));
        if (!"DONE".equals(done.status())) {
            System.out.println("  " + done.error());
            exitCode = 4;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
