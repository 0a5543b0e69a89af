package org.concord.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.concord.ConcordApplication;
import org.concord.shared.database.OwnerDatabase;
import org.concord.standards.Scorecards;
import org.concord.standards.Subject;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scorecards over many values (README: "Benchmark"): loads synthetic indicator values with one set-based insert
 * (generate_series), then prints the time of a country's scorecard and of a 12-subject comparison beside the time
 * PostgreSQL takes to scan the same values (select count(*), sum(value)).
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.concord.benchmark.ScorecardBenchmark -Dexec.args="10000000"</pre>
 * Values: 100 public indicators x 200 countries x (n / 20,000) months; 9 in 10 verified, the rest draft or
 * submitted; every country has a baseline and a target per indicator.
 */
public final class ScorecardBenchmark {

    private ScorecardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int indicators = 100, countries = 200;
        int months = (int) Math.max(1, n / ((long) indicators * countries));
        System.out.printf("Scorecard benchmark: %,d values (%d indicators x %d countries x %d months), %d cores%n",
                (long) indicators * countries * months, indicators, countries, months,
                Runtime.getRuntime().availableProcessors());
        java.nio.file.Path directory = java.nio.file.Path.of("target", "benchmark-postgres-scorecards-" + ProcessHandle.current().pid());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ConcordApplication.class).run(
                "--concord.database.directory=" + directory, "--concord.database.temporary=false",
                "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--logging.level.org.concord=warn")) {
            // one connection of the owner (a superuser in the embedded server), so that session settings hold
            JdbcTemplate owner = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                    OwnerDatabase.connect(app), true));
            List<String> codes = owner.queryForList("select code from country where region_code is not null order by code limit "
                    + countries, String.class);
            long organisation = owner.queryForObject("insert into organisation (slug, type) values ('benchmark', "
                    + "'NATIONAL_GOVERNMENT') returning id", Long.class);
            long framework = owner.queryForObject("insert into standards_framework (code, owner_organisation_id) values "
                    + "('BENCH', ?) returning id", Long.class, organisation);
            long standard = owner.queryForObject("insert into standards_standard (framework_id, code) values (?, 'B') "
                    + "returning id", Long.class, framework);
            owner.update("""
                    insert into standards_indicator (standard_id, code, unit, direction, frequency, owner_organisation_id)
                    select ?, 'B-' || i, 'NUMBER', case when i % 3 = 0 then 'LOWER_IS_BETTER' else 'HIGHER_IS_BETTER' end,
                           'MONTHLY', ? from generate_series(1, ?) i""", standard, organisation, indicators);
            owner.update("insert into standards_indicator_name (indicator_id, language, name) "
                    + "select id, 'en', 'Benchmark indicator ' || code from standards_indicator where standard_id = ?", standard);
            String countryArray = "{" + String.join(",", codes) + "}";
            long t0 = System.nanoTime();
            // a bulk load as a database administrator does one: the table's secondary indexes and unique constraint
            // dropped and built again after, foreign-key triggers off for the load (the rows are right by construction)
            List<String[]> constraints = owner.query("select conname, pg_get_constraintdef(oid) from pg_constraint "
                    + "where conrelid = 'standards_value'::regclass and contype = 'u'", (rs, k) -> new String[] {rs.getString(1), rs.getString(2)});
            for (String[] c : constraints) {
                owner.execute("alter table standards_value drop constraint " + c[0]);
            }
            List<String[]> indexes = owner.query("select indexname, indexdef from pg_indexes where tablename = 'standards_value' "
                    + "and indexname <> 'standards_value_pkey'", (rs, k) -> new String[] {rs.getString(1), rs.getString(2)});
            for (String[] index : indexes) {
                owner.execute("drop index " + index[0]);
            }
            owner.execute("set session_replication_role = replica");
            // one statement per indicator: the same rows as one statement, with progress to watch
            for (int i = 0; i < indicators; i++) {
                owner.update("""
                        insert into standards_value (indicator_id, country_code, period, period_start, period_end, value,
                            lower_bound, upper_bound, status, verified_at)
                        select ind.id, c, to_char(m, 'YYYY-MM'), m::date, (m + interval '1 month' - interval '1 day')::date,
                               v, v - 2, v + 2,
                               case when h % 10 = 0 then 'DRAFT' when h % 10 = 1 then 'SUBMITTED' else 'VERIFIED' end,
                               case when h % 10 > 1 then now() end
                        from (select id from standards_indicator where standard_id = ? order by id offset ? limit 1) ind
                        cross join unnest(?::text::varchar[]) c
                        cross join generate_series(date '1990-01-01', date '1990-01-01' + (? - 1) * interval '1 month', interval '1 month') m
                        cross join lateral (select abs(hashint8(ind.id * 1000003 + extract(epoch from m)::bigint
                                                               + ascii(c) * 7919 + ascii(substr(c, 2)))) as h) x
                        cross join lateral (select round((40 + (h % 4000) / 100.0)::numeric, 2) as v) y
                        """, standard, i, countryArray, months);
                if ((i + 1) % 10 == 0) {
                    System.out.printf("  loaded %d of %d indicators (%.0f s)%n", i + 1, indicators, seconds(t0));
                }
            }
            owner.execute("set session_replication_role = origin");
            double rows = seconds(t0);
            long t1 = System.nanoTime();
            owner.execute("set maintenance_work_mem = '512MB'");
            for (String[] c : constraints) {
                owner.execute("alter table standards_value add constraint " + c[0] + " " + c[1]);
            }
            for (String[] index : indexes) {
                owner.execute(index[1]);
            }
            System.out.printf("rows %.0f s, indexes and unique constraint %.0f s%n", rows, seconds(t1));
            owner.update("""
                    insert into standards_baseline (indicator_id, country_code, period, period_start, period_end, value)
                    select i.id, c, '1990', date '1990-01-01', date '1990-12-31', 50
                    from standards_indicator i cross join unnest(?::text::varchar[]) c where i.standard_id = ?""",
                    countryArray, standard);
            owner.update("""
                    insert into standards_target (indicator_id, country_code, period, period_start, period_end, value)
                    select i.id, c, '2040', date '2040-01-01', date '2040-12-31',
                           case when i.direction = 'LOWER_IS_BETTER' then 40 else 70 end
                    from standards_indicator i cross join unnest(?::text::varchar[]) c where i.standard_id = ?""",
                    countryArray, standard);
            double load = seconds(t0);
            long values = owner.queryForObject("select count(*) from standards_value", Long.class);
            System.out.printf("load: %,d values in %.0f s (%,.0f values/s, indexes built after)%n", values, load, values / load);
            t0 = System.nanoTime();
            owner.execute("vacuum analyze standards_value");
            System.out.printf("vacuum analyze: %.0f s%n", seconds(t0));

            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            double[] scans = new double[3];
            for (int i = 0; i < scans.length; i++) {
                long s = System.nanoTime();
                jdbc.queryForMap("select count(*), sum(value) from standards_value");
                scans[i] = seconds(s);
            }
            Scorecards scorecards = app.getBean(Scorecards.class);
            int lines = scorecards.forCountry(codes.get(0), Locale.ENGLISH).lines().size();
            double[] cards = new double[40];
            for (int i = 0; i < cards.length; i++) {
                String code = codes.get((i * 7 + 3) % codes.size());
                long s = System.nanoTime();
                scorecards.forCountry(code, Locale.ENGLISH);
                cards[i] = seconds(s);
            }
            List<Subject> twelve = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                twelve.add(Subject.country(codes.get(i * 13 % codes.size())));
            }
            double[] comparisons = new double[10];
            for (int i = 0; i < comparisons.length; i++) {
                long s = System.nanoTime();
                scorecards.compare(twelve, Locale.ENGLISH);
                comparisons[i] = seconds(s);
            }
            Arrays.sort(scans);
            Arrays.sort(cards);
            Arrays.sort(comparisons);
            System.out.printf("full scan, select count(*), sum(value): median %.3f s (best %.3f s)%n", scans[1], scans[0]);
            System.out.printf("country scorecard (%d indicators): median %.4f s, slowest of %d %.4f s%n", lines,
                    cards[cards.length / 2], cards.length, cards[cards.length - 1]);
            System.out.printf("comparison of 12 countries: median %.4f s, slowest of %d %.4f s%n",
                    comparisons[comparisons.length / 2], comparisons.length, comparisons[comparisons.length - 1]);
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(directory);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
