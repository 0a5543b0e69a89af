package org.concord.projects.internal.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.concord.audit.EntityChanged;
import org.concord.organisations.Organisations;
import org.concord.projects.ActivitiesChanged;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.iati.IatiFileException;
import org.concord.projects.internal.reference.ReformAreas;
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
 * Runs queued imports, one activity per transaction (see {@link ImportPipeline}). A job is held by a PostgreSQL session lock while it runs,
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
    private final java.time.Clock clock;

    ImportWorker(DataSource dataSource, ImportJobs jobs, ActivityStore store, ReformAreas reformAreas,
                 Organisations organisations, TransactionTemplate transactions, ApplicationEventPublisher events,
                 java.time.Clock clock) {
        this.clock = clock;
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

    /** How many connections write a new job's activities at once (its lanes). */
    @org.springframework.beans.factory.annotation.Value("${concord.import.writers:3}")
    private int writers;

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
        int[] committed = jobs.started(id, writers);
        if (job.processed() > 0) {
            log.info("Resuming import job {} ({}) after {} activities", id, job.fileName(), job.processed());
        }
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        Actor actor = new Actor(0, job.requestedBy(), Set.of());
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated((ActorPrincipal) () -> actor, null, List.of()));
        SecurityContextHolder.setContext(context);
        Set<Long> changed = ConcurrentHashMap.newKeySet();
        String status = "DONE";
        String error = null;
        try {
            new ImportPipeline(job, committed, changed, dataSource, jobs, store, reformAreas, organisations, clock).run();
            if (job.processed() > 0 && job.startedAt() != null) {
                // the activities written before the interruption were not seen by this run: recompute them too
                changed.addAll(store.idsImportedSince(job.startedAt()));
            }
            transactions.executeWithoutResult(s -> linkOrganisations(job));
        } catch (IatiFileException e) {
            status = "FAILED";
            error = e.getMessage();
        } catch (RuntimeException | SQLException e) {
            log.error("Import job {} failed", id, e);
            status = "FAILED";
            error = "The import stopped on an internal error; activities imported before it are kept.";
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        // The job's end and the news of what it changed commit together: the event publication registry writes its
        // row for the listeners (overlap detection) in this transaction, so a crash after the commit leaves that
        // reaction outstanding, to be published again at the next start; a crash before it leaves the job RUNNING,
        // to be resumed, and the resumed job announces every activity the job wrote.
        String end = status;
        String why = error;
        transactions.executeWithoutResult(s -> {
            jobs.finished(id, end, why);
            if (!changed.isEmpty()) {
                events.publishEvent(new ActivitiesChanged(Set.copyOf(changed)));
            }
        });
        log.info("Import job {} finished: {}", id, jobs.find(id).map(j -> j.status() + ", " + j.created() + " created, "
                + j.updated() + " updated, " + j.unchanged() + " unchanged, " + j.rejected() + " rejected, "
                + j.organisationsCreated() + " organisations entered in the directory").orElse("?"));
    }

    /**
     * Links imported participating and reporting organisations to the directory by IATI identifier, entering the
     * well-formed identifiers it does not know yet, named as the activities name them. Done once at the end of a
     * job, over every imported activity still unlinked, so it also completes what a crashed job left.
     */
    private void linkOrganisations(ImportJob job) {
        List<Organisations.IatiOrganisation> unlinked = store.unlinkedOrganisations().stream()
                .filter(o -> o.iatiIdentifier().length() <= 100 && ORGANISATION_IDENTIFIER.matcher(o.iatiIdentifier()).matches())
                .toList();
        if (unlinked.isEmpty()) {
            return;
        }
        Organisations.Registered registered = organisations.registerAllFromIati(unlinked);
        int linked = store.link(registered.ids());
        jobs.organisationsCreated(job.id(), registered.created());
        events.publishEvent(EntityChanged.diff("import-job", job.id(), "organisations-linked", Map.of(),
                Map.of("organisationsEntered", registered.created(), "rowsLinked", linked)));
    }
}
