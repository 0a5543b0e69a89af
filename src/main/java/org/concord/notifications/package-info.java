/**
 * Each account's inbox, e-mail (immediately or in a daily digest) and the scheduled jobs that remind people.
 * Other modules publish {@link org.concord.notifications.NotificationRequested} inside their write's transaction;
 * this module decides who hears of it, in each recipient's language.
 *
 * <p>Scheduled jobs of every module run on db-scheduler (table {@code scheduled_tasks}): each run is picked by
 * one instance, and survives restarts. To add a recurring job, declare a bean in your module's {@code internal}:
 * <pre>{@code
 * @Bean
 * RecurringTask<Void> oversightDeadlineReminders(DeadlineReminders reminders, Clock clock) {
 *     return Tasks.recurring("oversight-deadline-reminders", Schedules.cron("0 30 5 * * *", ZoneOffset.UTC))
 *             .execute((instance, context) -> reminders.remind(clock));
 * }
 * }</pre>
 * The scheduler registers it in {@code scheduled_tasks} at start; name it after your module (the name is its key).
 * A job that tells people something publishes {@code NotificationRequested} in a transaction of its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "audit", "organisations", "shared"},
        displayName = "Notifications")
package org.concord.notifications;
