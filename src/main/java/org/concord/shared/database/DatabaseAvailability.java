package org.concord.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers. Once Concord is ready, a probe asks every {@code concord.database.probe-every} (and a
 * request that failed for want of the database says so at once); while it does not answer, readiness is DOWN
 * (REFUSING_TRAFFIC) and requests get 503 without waiting for a connection ({@link DatabaseUnavailableFilter}); when it
 * answers again, readiness is UP. The connection pool replaces its dead connections by itself.
 */
@Component
public class DatabaseAvailability {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final Duration every;
    private volatile boolean available = true;
    private ScheduledExecutorService probe;

    DatabaseAvailability(DataSource dataSource, ApplicationEventPublisher events,
            @Value("${concord.database.probe-every:1s}") Duration every) {
        this.dataSource = dataSource;
        this.events = events;
        this.every = every;
    }

    public boolean available() {
        return available;
    }

    /** A request failed because the database did not answer: refuse the next ones until the probe finds it back. */
    void lost(Throwable cause) {
        changeTo(false, cause.getMessage());
    }

    /** True when {@code failure} (or one of its causes) says the database could not be reached or went away. */
    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or is starting
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void startProbing(ApplicationReadyEvent event) {
        if (probe != null) {
            return;
        }
        probe = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "database-availability");
            thread.setDaemon(true);
            return thread;
        });
        probe.scheduleWithFixedDelay(this::probe, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stopProbing() {
        if (probe != null) {
            probe.shutdownNow();
            probe = null;
        }
    }

    void probe() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                changeTo(true, null);
            } else {
                changeTo(false, "the connection was not valid");
            }
        } catch (SQLException | RuntimeException e) {
            changeTo(false, e.getMessage());
        }
    }

    private synchronized void changeTo(boolean nowAvailable, String why) {
        if (available == nowAvailable) {
            return;
        }
        available = nowAvailable;
        if (nowAvailable) {
            log.info("The database answers again; Concord accepts requests");
        } else {
            log.warn("The database does not answer ({}); requests get 503 until it does", why);
        }
        AvailabilityChangeEvent.publish(events, this,
                nowAvailable ? ReadinessState.ACCEPTING_TRAFFIC : ReadinessState.REFUSING_TRAFFIC);
    }
}
