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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.concord.organisations.Organisations;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.iati.IatiReader;
import org.concord.projects.internal.iati.IatiRule;
import org.concord.projects.internal.iati.Problem;
import org.concord.projects.internal.reference.ReformAreas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes at once: a reader thread parses the file and prepares each activity's statement (checks,
 * reform areas, directory links, content hash, JSON), while the job's lanes write them, each on its own
 * connection in autocommit: one statement, and so one transaction, per activity. Activity n goes to lane
 * (n - 1) % lanes, and each lane commits its activities in file order, its count and last position moving in
 * the same statement; so a job resumed after a crash skips exactly what was committed.
 */
final class ImportPipeline {

    private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
     * An activity is written only when the importer coordinates its reporting organisation (or one above it): a file
     * carrying another publisher's identifiers must not overwrite that publisher's activities. {@code allowed} null:
     * any organisation (an administrator's or the command line's import).
     */
    private static IatiReader.ReadResult reportedByImporter(IatiReader.ReadResult read, Set<Long> allowed,
                                                          Map<String, Long> directory) {
        if (allowed == null || !read.accepted()) {
            return read;
        }
        var reporting = read.activity().reportingOrg();
        String ref = reporting == null ? null : reporting.ref();
        Long organisation = ref == null ? null : directory.get(ref);
        if (organisation != null && allowed.contains(organisation)) {
            return read;
        }
        return new IatiReader.ReadResult(read.position(), read.identifier(), null,
                List.of(new Problem("iati-activity[" + read.position() + "]/reporting-org",
                        IatiRule.REPORTING_ORG_NOT_IMPORTERS, ref == null ? "" : ref)),
                List.of());
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


    private final DataSource dataSource;
    private final ImportJobs jobs;
    private final ActivityStore store;
    private final ReformAreas reformAreas;
    private final Organisations organisations;
    private final ImportJob job;
    private final int[] committed;
    private final Set<Long> changed;
    private final List<BlockingQueue<Step>> queues = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final String origin;
    /** Today, for the rules that question dates. */
    private final java.time.Clock clock;

    ImportPipeline(ImportJob job, int[] committed, Set<Long> changed, DataSource dataSource, ImportJobs jobs,
                   ActivityStore store, ReformAreas reformAreas, Organisations organisations, java.time.Clock clock) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.store = store;
        this.reformAreas = reformAreas;
        this.organisations = organisations;
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
            } catch (Error e) {
                // out of memory, say: the job fails and says so, instead of ending as done with what was written
                fail(new IllegalStateException("the file could not be read to its end: " + e, e));
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
        Set<Long> allowed = jobs.reportingOrganisations(job.id());
        new IatiReader(clock).read(new ByteArrayInputStream(jobs.content(job.id())), read -> {
            IatiReader.ReadResult result = reportedByImporter(firstOccurrence(read, firstPosition), allowed, directory);
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
        } catch (Error e) {
            fail(new IllegalStateException("a writer stopped: " + e, e));
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
