package org.concord.projects.internal.imports;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.concord.audit.EntityChanged;
import org.concord.organisations.Organisations;
import org.concord.projects.ActivitiesChanged;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.iati.IatiFileException;
import org.concord.projects.internal.iati.IatiReader;
import org.concord.projects.internal.iati.IatiRule;
import org.concord.projects.internal.iati.Problem;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.shared.security.Actor;
import org.concord.shared.security.ActorPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs queued imports, one activity per transaction (see {@link Pipeline}). A job is held by a PostgreSQL session lock while it runs,
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
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ORGANISATION_IDENTIFIER = Pattern.compile("(?i)[A-Z]{2}-[A-Z0-9]{2,}-[^\\s/&|?]+");

    private final DataSource dataSource;
    private final ImportJobs jobs;
    private final ActivityStore store;
    private final ReformAreas reformAreas;
    private final Organisations organisations;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ImportWorker(DataSource dataSource, ImportJobs jobs, ActivityStore store, ReformAreas reformAreas,
                 Organisations organisations, TransactionTemplate transactions, ApplicationEventPublisher events) {
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
            new Pipeline(job, committed, changed).run();
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

    /** One activity as a writer sends it: the arguments of projects_import_activity (R__projects_activity_writes). */
    private record Step(int position, String identifier, String document, String problems) {
    }

    private static final Step END = new Step(-1, null, null, null);

    /** Thrown inside the reader's callback to stop reading when a writer has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads and writes at once: a reader thread parses the file and prepares each activity's statement (checks,
     * reform areas, directory links, content hash, JSON), while the job's lanes write them, each on its own
     * connection in autocommit: one statement, and so one transaction, per activity. Activity n goes to lane
     * (n - 1) % lanes, and each lane commits its activities in file order, its count and last position moving in
     * the same statement; so a job resumed after a crash skips exactly what was committed.
     */
    private final class Pipeline {

        private final ImportJob job;
        private final int[] committed;
        private final Set<Long> changed;
        private final List<BlockingQueue<Step>> queues = new ArrayList<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicReference<Exception> failure = new AtomicReference<>();
        private final String origin;

        Pipeline(ImportJob job, int[] committed, Set<Long> changed) {
            this.job = job;
            this.committed = committed;
            this.changed = changed;
            for (int lane = 0; lane < committed.length; lane++) {
                queues.add(new ArrayBlockingQueue<>(256));
            }
            String text = "import job " + job.id() + ": " + job.fileName();
            this.origin = text.length() > 500 ? text.substring(0, 500) : text;
        }

        void run() throws SQLException {
            SecurityContext context = SecurityContextHolder.getContext();
            List<Thread> threads = new ArrayList<>();
            threads.add(new Thread(() -> {
                SecurityContextHolder.setContext(context);
                try {
                    read();
                } catch (Stopped e) {
                    // a writer stopped first and says why
                } catch (RuntimeException e) {
                    fail(e);
                } finally {
                    SecurityContextHolder.clearContext();
                    for (int lane = 0; lane < queues.size(); lane++) {
                        put(lane, END, true);
                    }
                }
            }, "import-" + job.id() + "-reader"));
            for (int lane = 1; lane < queues.size(); lane++) {
                int own = lane;
                threads.add(new Thread(() -> write(own), "import-" + job.id() + "-lane-" + lane));
            }
            threads.forEach(t -> {
                t.setDaemon(true);
                t.start();
            });
            try {
                write(0);
            } finally {
                for (Thread thread : threads) {
                    join(thread);
                }
            }
            Exception e = failure.get();
            if (e instanceof SQLException sql) {
                throw sql;
            } else if (e != null) {
                throw (RuntimeException) e;
            }
        }

        private void fail(Exception e) {
            failure.compareAndSet(null, e);
            stop.set(true);
            queues.forEach(BlockingQueue::clear);
        }

        private void read() {
            Map<String, Integer> firstPosition = new HashMap<>();
            ReformAreas.Mapping mapping = reformAreas.mapping();
            Map<String, Long> directory = organisations.idsByIatiIdentifier();
            new IatiReader().read(new ByteArrayInputStream(jobs.content(job.id())), read -> {
                IatiReader.ReadResult result = firstOccurrence(read, firstPosition);
                int lane = (result.position() - 1) % queues.size();
                if (result.position() > committed[lane]) {
                    put(lane, prepare(result, mapping, directory), false);
                }
            });
        }

        private Step prepare(IatiReader.ReadResult result, ReformAreas.Mapping mapping, Map<String, Long> directory) {
            List<Map<String, Object>> problems = new ArrayList<>();
            String document = null;
            if (result.accepted()) {
                // an organisation the directory does not know yet is linked at the end of the job
                document = store.prepare(result.activity(), mapping::areaOf, directory::get).document();
                result.warnings().forEach(w -> problems.add(problem(result, "WARNING", w)));
            } else {
                result.problems().forEach(p -> problems.add(problem(result, "REJECTED", p)));
            }
            return new Step(result.position(), result.identifier(), document, JSON.writeValueAsString(problems));
        }

        private void put(int lane, Step step, boolean last) {
            try {
                while (!queues.get(lane).offer(step, 100, TimeUnit.MILLISECONDS)) {
                    if (stop.get()) {
                        if (last) {
                            queues.get(lane).clear();
                        } else {
                            throw new Stopped();
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }

        private void write(int lane) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                // an import is idempotent and resumes from its own committed positions, so a commit lost in a
                // crash is simply redone: no need to wait for each one to reach the disk
                execute(connection, "set synchronous_commit = off");
                try (PreparedStatement statement = connection.prepareStatement("""
                        select o_id, o_outcome from projects_import_activity(?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""")) {
                    for (Step step = take(lane); step != END && !stop.get(); step = take(lane)) {
                        try {
                            writeOne(statement, lane, step, step.document(), step.problems());
                        } catch (SQLException e) {
                            if (!connection.isValid(5)) {
                                throw e;
                            }
                            // one activity the database refuses (it should not happen; if it does, say so) stops nothing else
                            log.warn("Import job {}: activity {} not stored: {}", job.id(), step.identifier(), e.getMessage());
                            writeOne(statement, lane, step, null, JSON.writeValueAsString(List.of(Map.of("kind", "REJECTED",
                                    "identifier", String.valueOf(step.identifier()),
                                    "element", "iati-activity[" + step.position() + "]",
                                    "rule", "could not be stored: " + e.getMessage()))));
                        }
                    }
                } finally {
                    execute(connection, "reset synchronous_commit");
                }
            } catch (SQLException | RuntimeException e) {
                fail(e);
            }
        }

        private void writeOne(PreparedStatement statement, int lane, Step step, String document, String problems)
                throws SQLException {
            statement.setLong(1, job.id());
            statement.setInt(2, lane);
            statement.setInt(3, step.position());
            statement.setString(4, document);
            statement.setString(5, problems);
            statement.setString(6, job.requestedBy());
            statement.setString(7, origin);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                String outcome = rs.getString(2);
                if (!"UNCHANGED".equals(outcome) && !"REJECTED".equals(outcome)) {
                    changed.add(rs.getLong(1));
                }
            }
        }

        private Step take(int lane) {
            try {
                return queues.get(lane).take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import job " + job.id() + " interrupted", e);
            }
        }

        private void join(Thread thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The rule's key and arguments; its text, in the reader's language, is the report's to render. */
    private static Map<String, Object> problem(IatiReader.ReadResult result, String kind, Problem problem) {
        Map<String, Object> row = new HashMap<>();
        row.put("identifier", result.identifier());
        row.put("kind", kind);
        row.put("element", problem.element());
        if (problem.key() == null) {
            row.put("rule", problem.rule());
        } else {
            row.put("key", problem.key().key());
            row.put("arguments", problem.arguments());
        }
        return row;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
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
                List.of(new Problem("iati-activity[" + read.position() + "]/iati-identifier",
                        IatiRule.DUPLICATE_IDENTIFIER, first.toString())),
                List.of());
    }
}
