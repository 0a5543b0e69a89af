package org.concord.projects.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.audit.EntityChanged;
import org.concord.projects.internal.iati.IatiFileException;
import org.concord.projects.internal.iati.IatiReader;
import org.concord.projects.internal.iati.IatiTextTooLongException;
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
 * DOCTYPE or entities, an IATI activity file of version 2.01–2.03, no text longer than
 * {@code concord.import.max-narrative-length} characters — so that a refused file leaves nothing behind.
 * The import itself runs in the background ({@link ImportWorker}).
 */
@Service
public class ImportService {

    private final ImportJobs jobs;
    private final ImportWorker worker;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final long maxBytes;
    private final int maxTextLength;
    private final ActivityPermissions permissions;

    ImportService(ImportJobs jobs, ImportWorker worker, ApplicationEventPublisher events, MessageSource messages,
                  @Value("${concord.import.max-size:100MB}") DataSize maxSize,
                  @Value("${concord.import.max-narrative-length:" + IatiReader.DEFAULT_MAX_TEXT_LENGTH + "}") int maxTextLength,
                  ActivityPermissions permissions) {
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("concord.import.max-narrative-length must be at least 1, not " + maxTextLength);
        }
        this.maxTextLength = maxTextLength;
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
        Upload upload = readBounded(content);
        List<WellFormedness.Place> removals = List.of();
        if (repair == Repair.REMOVE_FORBIDDEN_CHARACTERS) {
            WellFormedness.Repair repaired = WellFormedness.repair(upload.bytes());
            upload = Upload.of(repaired.content());
            removals = repaired.removals();
        }
        IatiReader.FileSummary summary;
        try {
            summary = new IatiReader().scan(upload.open(), maxTextLength);
        } catch (IatiTextTooLongException e) {
            // where it is, so that the publisher can find it: element, line, activity (its identifier once read)
            String activity = e.identifier() != null ? e.identifier() : e.element().replaceFirst("/.*", "");
            throw new InvalidInputException("file", e.kind() == IatiTextTooLongException.Kind.TEXT
                    ? "iati-text-too-long" : "iati-markup-too-long", e.element(), e.line(), activity, e.limit());
        } catch (IatiFileException e) {
            throw refusal(e, upload, repair);
        }
        String name = fileName == null || fileName.isBlank() ? "upload.xml" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        // an import writes only the activities of organisations its importer coordinates (fixed now, when the
        // importer is known; the job runs later, in the background)
        long id = jobs.create(name.length() > 300 ? name.substring(0, 300) : name, upload.open(), upload.size(),
                summary.version(), summary.activities(), actor.username(), permissions.reportingOrganisations(),
                repair, removals.size());
        jobs.removals(id, removals);
        Map<String, Object> audited = new java.util.LinkedHashMap<>();
        audited.put("file", name);
        audited.put("activities", summary.activities());
        audited.put("bytes", upload.size());
        if (repair != Repair.NONE) {
            audited.put("repair", repair.value());
            audited.put("removedCharacters", removals.size());
        }
        events.publishEvent(EntityChanged.diff("import-job", id, "queued", Map.of(), audited));
        return jobs.find(id).orElseThrow();
    }

    /**
     * The upload as read, in pieces of 256 KB: a file of the largest size takes its own size in memory, where one array
     * grown as it is read took more than twice that (the array doubling, then copied whole). Not larger pieces: from
     * half a G1 region (512 KB at least) an array is "humongous" and takes whole regions of its own, and a 1 MB piece
     * took two 1 MB regions, twice the file.
     */
    private record Upload(List<byte[]> pieces, long size) {

        InputStream open() {
            return new SequenceInputStream(Collections.enumeration(
                    pieces.stream().map(p -> (InputStream) new ByteArrayInputStream(p)).toList()));
        }

        /** The whole file in one array: only where a file is refused or repaired. */
        byte[] bytes() {
            try (InputStream in = open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Upload of(byte[] content) {
            return new Upload(List.of(content), content.length);
        }
    }


    /**
     * The parser's reason first, then each broken place the recovering scan finds, then how many more, then, when
     * only forbidden characters break the file and no repair was asked for, that the repair would import it.
     */
    private static InvalidInputException refusal(IatiFileException e, Upload upload, Repair repair) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        errors.add(new InvalidInputException.FieldError("file", "iati-file", e.getMessage()));
        if (e.getCause() != null) {
            // the parser refused the XML itself (not its root or version): look for every broken place
            WellFormedness.Report report = WellFormedness.check(upload.bytes());
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

    private Upload readBounded(InputStream in) {
        try (in) {
            List<byte[]> pieces = new ArrayList<>();
            long total = 0;
            while (true) {
                byte[] piece = new byte[256 * 1024];
                int n = in.readNBytes(piece, 0, piece.length);
                if (n == 0) {
                    break;
                }
                total += n;
                if (total > maxBytes) {
                    throw new InvalidInputException("file", "file-too-large", maxBytes / (1024 * 1024));
                }
                pieces.add(n == piece.length ? piece : Arrays.copyOf(piece, n));
                if (n < piece.length) {
                    break;
                }
            }
            if (total == 0) {
                throw new InvalidInputException("file", "file-empty");
            }
            return new Upload(pieces, total);
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
