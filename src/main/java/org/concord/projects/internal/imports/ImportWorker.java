package org.concord.projects.internal.imports;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.concord.audit.EntityChanged;
import org.concord.organisations.Organisations;
import org.concord.projects.ActivitiesChanged;
import org.concord.projects.internal.ActivityStore;
import org.concord.projects.internal.ReformAreas;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiFileException;
import org.concord.projects.internal.iati.IatiReader;
import org.concord.shared.security.Actor;
import org.concord.shared.security.ActorPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs queued imports, one activity per transaction. A job is held by a PostgreSQL session lock while it runs,
 * so that one instance runs it at a time and, when the process dies, the lock falls and the next poll (here or
 * on another instance) resumes the job after the last activity whose transaction committed: the job's counts
 * are updated in that same transaction, so nothing is counted twice or left half-written.
 */
@Component
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    /** The first key of the two-key advisory locks that guard import jobs. */
    private static final int LOCK_SPACE = 0x1A71;
    /** What an IATI organisation identifier looks like: registration agency prefix, then the number. */
    private static final Pattern ORGANISATION_IDENTIFIER = Pattern.compile("(?i)[A-Z]{2}-[A-Z0-9]{2,}-[^\\s/&|?]+");

    private final DataSource dataSource;
    private final ImportJobs jobs;
    private final ActivityStore store;
    private final ReformAreas reformAreas;
    private final Organisations organisations;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    ImportWorker(DataSource dataSource, ImportJobs jobs, ActivityStore store, ReformAreas reformAreas,
                 Organisations organisations, TransactionTemplate transactions, ApplicationEventPublisher events,
                 org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.store = store;
        this.reformAreas = reformAreas;
        this.organisations = organisations;
        this.transactions = transactions;
        this.events = events;
    }

    @org.springframework.beans.factory.annotation.Value("${concord.import.background:true}")
    private boolean background;

    @Scheduled(fixedDelayString = "${concord.import.poll-interval:1s}", initialDelayString = "${concord.import.poll-delay:2s}")
    void poll() {
        if (!background) {
            return;
        }
        for (long id : jobs.unfinished()) {
            runIfFree(id);
        }
    }

    /** Runs the job unless another worker holds it; returns whether this worker ran it. */
    boolean runIfFree(long id) {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "select pg_try_advisory_lock(?, ?)", id)) {
                return false;
            }
            try {
                run(id);
            } finally {
                advisory(lock, "select pg_advisory_unlock(?, ?)", id);
            }
            return true;
        } catch (SQLException e) {
            log.error("Import job {} could not be locked: {}", id, e.getMessage());
            return false;
        }
    }

    private static boolean advisory(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LOCK_SPACE);
            statement.setInt(2, (int) id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void run(long id) {
        ImportJob job = jobs.find(id).orElse(null);
        if (job == null || job.finished()) {
            return;
        }
        jobs.started(id);
        int resumeAfter = job.processed();
        if (resumeAfter > 0) {
            log.info("Resuming import job {} ({}) after activity {}", id, job.fileName(), resumeAfter);
        }
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        Actor actor = new Actor(0, job.requestedBy(), Set.of());
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated((ActorPrincipal) () -> actor, null, List.of()));
        SecurityContextHolder.setContext(context);
        Set<Long> changed = new HashSet<>();
        Map<String, Integer> firstPosition = new HashMap<>();
        try {
            ReformAreas.Mapping mapping = reformAreas.mapping();
            Map<String, Long> directory = new HashMap<>(organisations.idsByIatiIdentifier());
            new IatiReader().read(new ByteArrayInputStream(jobs.content(id)), read -> {
                IatiReader.ReadResult result = firstOccurrence(read, firstPosition);
                if (result.position() <= resumeAfter) {
                    return;
                }
                try {
                    transactions.executeWithoutResult(status -> importOne(id, result, mapping, directory, changed));
                } catch (org.springframework.dao.DataAccessException e) {
                    // one activity the database refuses (it should not happen; if it does, say so) stops nothing else
                    log.warn("Import job {}: activity {} not stored: {}", id, result.identifier(), e.getMostSpecificCause().getMessage());
                    transactions.executeWithoutResult(status -> {
                        jobs.problems(id, List.of(new ImportProblem(result.position(), result.identifier(), "REJECTED",
                                "iati-activity[" + result.position() + "]", "could not be stored: "
                                + e.getMostSpecificCause().getMessage())));
                        jobs.counted(id, result.position(), "REJECTED", false);
                    });
                }
            });
            jobs.finished(id, "DONE", null);
        } catch (IatiFileException e) {
            jobs.finished(id, "FAILED", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import job {} failed", id, e);
            jobs.finished(id, "FAILED", "The import stopped on an internal error; activities imported before it are kept.");
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        if (!changed.isEmpty()) {
            // published in a transaction so that listeners waiting for the commit (overlap detection) run
            transactions.executeWithoutResult(status -> events.publishEvent(new ActivitiesChanged(Set.copyOf(changed))));
        }
        log.info("Import job {} finished: {}", id, jobs.find(id).map(j -> j.status() + ", " + j.created() + " created, "
                + j.updated() + " updated, " + j.unchanged() + " unchanged, " + j.rejected() + " rejected").orElse("?"));
    }

    /**
     * An identifier must be unique; a file that repeats one (d-portal's re-exports do) gets its first occurrence
     * imported and the repeats reported, so that importing the same file again changes nothing.
     */
    private static IatiReader.ReadResult firstOccurrence(IatiReader.ReadResult read, Map<String, Integer> firstPosition) {
        if (!read.accepted()) {
            return read;
        }
        Integer first = firstPosition.putIfAbsent(read.identifier(), read.position());
        if (first == null) {
            return read;
        }
        return new IatiReader.ReadResult(read.position(), read.identifier(), null,
                List.of(new IatiReader.Problem("iati-activity[" + read.position() + "]/iati-identifier",
                        "the iati-identifier appears earlier in this file (activity " + first + "); the first is kept")),
                List.of());
    }

    private void importOne(long id, IatiReader.ReadResult result, ReformAreas.Mapping mapping, Map<String, Long> directory,
                           Set<Long> changed) {
        // an import is idempotent and resumes from its own committed count, so a commit lost in a crash
        // is simply redone: no need to wait for each one to reach the disk
        jdbc.execute("set local synchronous_commit = off");
        List<ImportProblem> problems = new ArrayList<>();
        String outcome = "REJECTED";
        int[] created = {0};
        if (result.accepted()) {
            IatiActivity activity = result.activity();
            ActivityStore.Saved saved = store.save(activity, "import", mapping::areaOf,
                    ref -> directoryId(ref, activity, directory, created));
            outcome = saved.outcome().name();
            if (saved.outcome() != ActivityStore.Outcome.UNCHANGED) {
                changed.add(saved.id());
                events.publishEvent(EntityChanged.diff("activity", saved.id(),
                        saved.outcome() == ActivityStore.Outcome.CREATED ? "imported" : "updated-by-import",
                        Map.of(), Map.of("iatiIdentifier", activity.identifier(), "importJob", id,
                                "contentHash", saved.contentHash())));
            }
            result.warnings().forEach(w -> problems.add(new ImportProblem(result.position(),
                    result.identifier(), "WARNING", w.element(), w.rule())));
        } else {
            result.problems().forEach(p -> problems.add(new ImportProblem(result.position(),
                    result.identifier(), "REJECTED", p.element(), p.rule())));
        }
        jobs.problems(id, problems);
        jobs.counted(id, result.position(), outcome, false);
        jobs.organisationsCreated(id, created[0]);
    }

    /**
     * The directory organisation for an IATI organisation identifier; a well-formed identifier not in the directory
     * yet is entered there, named as this activity names it.
     */
    private Long directoryId(String ref, IatiActivity activity, Map<String, Long> directory, int[] created) {
        Long id = directory.get(ref);
        if (id != null || !ORGANISATION_IDENTIFIER.matcher(ref).matches() || ref.length() > 100) {
            return id;
        }
        String name = null;
        String type = null;
        if (activity.reportingOrg() != null && ref.equals(activity.reportingOrg().ref())) {
            name = activity.reportingOrg().name();
            type = activity.reportingOrg().type();
        }
        for (IatiActivity.Participant p : activity.participants()) {
            if (name == null && ref.equals(p.ref()) && p.name() != null) {
                name = p.name().text();
                type = p.type();
            }
        }
        id = organisations.registerFromIati(ref, name, type);
        directory.put(ref, id);
        created[0]++;
        return id;
    }
}
