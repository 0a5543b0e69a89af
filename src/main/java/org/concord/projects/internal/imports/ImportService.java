package org.concord.projects.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.audit.EntityChanged;
import org.concord.projects.internal.iati.IatiFileException;
import org.concord.projects.internal.iati.IatiReader;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.Actor;
import org.concord.projects.internal.ActivityPermissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Accepts IATI files for import. A file is checked whole before it is queued — size, well-formed XML without
 * DOCTYPE or entities, an IATI activity file of version 2.01–2.03 — so that a refused file leaves nothing behind.
 * The import itself runs in the background ({@link ImportWorker}).
 */
@Service
public class ImportService {

    private final ImportJobs jobs;
    private final ImportWorker worker;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final long maxBytes;
    private final ActivityPermissions permissions;

    ImportService(ImportJobs jobs, ImportWorker worker, ApplicationEventPublisher events, MessageSource messages,
                  @Value("${concord.import.max-size:100MB}") DataSize maxSize, ActivityPermissions permissions) {
        this.permissions = permissions;
        this.jobs = jobs;
        this.messages = messages;
        this.worker = worker;
        this.events = events;
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Transactional
    public ImportJob submit(String fileName, InputStream content) {
        Actor actor = permissions.checkMayImport();
        byte[] bytes = readBounded(content);
        IatiReader.FileSummary summary;
        try {
            summary = new IatiReader().scan(new ByteArrayInputStream(bytes));
        } catch (IatiFileException e) {
            throw new InvalidInputException("file", "iati-file", e.getMessage());
        }
        String name = fileName == null || fileName.isBlank() ? "upload.xml" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        // an import writes only the activities of organisations its importer coordinates (fixed now, when the
        // importer is known; the job runs later, in the background)
        long id = jobs.create(name.length() > 300 ? name.substring(0, 300) : name, bytes, summary.version(),
                summary.activities(), actor.username(), permissions.reportingOrganisations());
        events.publishEvent(EntityChanged.diff("import-job", id, "queued", Map.of(),
                Map.of("file", name, "activities", summary.activities(), "bytes", bytes.length)));
        return jobs.find(id).orElseThrow();
    }

    private byte[] readBounded(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new InvalidInputException("file", "file-too-large", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw new InvalidInputException("file", "file-empty");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a queued job in the calling thread (command line, benchmark) unless a worker already holds it, and
     * returns it as it stands afterwards. Not transactional: each activity is its own transaction.
     */
    public ImportJob runNow(long id) {
        worker.runIfFree(id);
        return jobs.find(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    @Transactional(readOnly = true)
    public ImportJob job(long id) {
        permissions.checkMayFollowImports();
        return jobs.find(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    @Transactional(readOnly = true)
    public List<ImportJob> recent() {
        permissions.checkMayFollowImports();
        return jobs.recent(20);
    }

    /** Several jobs (the files of one upload), in the order given; those that do not exist are left out. */
    @Transactional(readOnly = true)
    public List<ImportJob> jobs(List<Long> ids) {
        permissions.checkMayFollowImports();
        return jobs.find(ids);
    }

    /** A job's problems of one kind grouped by rule, most frequent first, with their first examples. */
    @Transactional(readOnly = true)
    public List<ImportProblem.RuleGroup> problemsByRule(long id, String kind, int examples) {
        permissions.checkMayFollowImports();
        Locale locale = LocaleContextHolder.getLocale();
        return jobs.groups(id, kind, examples).stream().map(g -> g.inLanguage(messages, locale)).toList();
    }

    @Transactional(readOnly = true)
    /** Each with its rule in words of the reader's language. */
    public List<ImportProblem> problems(long id, String kind) {
        permissions.checkMayFollowImports();
        Locale locale = LocaleContextHolder.getLocale();
        return jobs.problems(id, kind, 2000).stream().map(p -> p.inLanguage(messages, locale)).toList();
    }
}
