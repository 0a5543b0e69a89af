package org.concord.projects.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.audit.EntityChanged;
import org.concord.projects.internal.iati.IatiFileException;
import org.concord.projects.internal.iati.IatiReader;
import org.concord.projects.internal.iati.WellFormedness;
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
        return submit(fileName, content, Repair.NONE);
    }

    /**
     * Checks the file whole and queues it. A file that is not well-formed is refused naming every broken place
     * (up to {@link WellFormedness#MAX_PLACES}: line, column, activity); with {@link Repair#REMOVE_FORBIDDEN_CHARACTERS}
     * the characters XML 1.0 forbids are removed first, each removal listed in the job's report, and the file is
     * refused only if something else is broken.
     */
    @Transactional
    public ImportJob submit(String fileName, InputStream content, Repair repair) {
        Actor actor = permissions.checkMayImport();
        byte[] bytes = readBounded(content);
        List<WellFormedness.Place> removals = List.of();
        if (repair == Repair.REMOVE_FORBIDDEN_CHARACTERS) {
            WellFormedness.Repair repaired = WellFormedness.repair(bytes);
            bytes = repaired.content();
            removals = repaired.removals();
        }
        IatiReader.FileSummary summary;
        try {
            summary = new IatiReader().scan(new ByteArrayInputStream(bytes));
        } catch (IatiFileException e) {
            throw refusal(e, bytes, repair);
        }
        String name = fileName == null || fileName.isBlank() ? "upload.xml" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        // an import writes only the activities of organisations its importer coordinates (fixed now, when the
        // importer is known; the job runs later, in the background)
        long id = jobs.create(name.length() > 300 ? name.substring(0, 300) : name, bytes, summary.version(),
                summary.activities(), actor.username(), permissions.reportingOrganisations(), repair, removals.size());
        jobs.removals(id, removals);
        Map<String, Object> audited = new java.util.LinkedHashMap<>();
        audited.put("file", name);
        audited.put("activities", summary.activities());
        audited.put("bytes", bytes.length);
        if (repair != Repair.NONE) {
            audited.put("repair", repair.value());
            audited.put("removedCharacters", removals.size());
        }
        events.publishEvent(EntityChanged.diff("import-job", id, "queued", Map.of(), audited));
        return jobs.find(id).orElseThrow();
    }

    /**
     * The parser's reason first, then each broken place the recovering scan finds, then how many more, then, when
     * only forbidden characters break the file and no repair was asked for, that the repair would import it.
     */
    private static InvalidInputException refusal(IatiFileException e, byte[] bytes, Repair repair) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        errors.add(new InvalidInputException.FieldError("file", "iati-file", e.getMessage()));
        if (e.getCause() != null) {
            // the parser refused the XML itself (not its root or version): look for every broken place
            WellFormedness.Report report = WellFormedness.check(bytes);
            for (WellFormedness.Place place : report.places()) {
                List<Object> arguments = new ArrayList<>(List.of(String.valueOf(place.line()), String.valueOf(place.column()),
                        place.identifier() == null ? (place.activity() == 0 ? "-" : "#" + place.activity())
                                : place.identifier()));
                arguments.addAll(place.arguments());
                errors.add(new InvalidInputException.FieldError("file", place.kind().rule(), arguments.toArray()));
            }
            if (report.total() > report.places().size()) {
                errors.add(new InvalidInputException.FieldError("file", "xml-more-places",
                        report.total() - report.places().size()));
            }
            if (report.repairable() && repair == Repair.NONE) {
                errors.add(new InvalidInputException.FieldError("repair", "xml-repairable",
                        Repair.REMOVE_FORBIDDEN_CHARACTERS.value()));
            }
        }
        return new InvalidInputException(errors);
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

    @Transactional(readOnly = true)
    /** Each with its rule in words of the reader's language. */
    public List<ImportProblem> problems(long id, String kind) {
        permissions.checkMayFollowImports();
        Locale locale = LocaleContextHolder.getLocale();
        return jobs.problems(id, kind, 2000).stream().map(p -> p.inLanguage(messages, locale)).toList();
    }
}
