package org.concord.shared.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a schema is made of, read from PostgreSQL's catalog as sorted lines, so that two databases built by different
 * migrations can be compared line by line: relations, columns (in their logical order), constraints (with
 * {@code pg_get_constraintdef}, enforced and validated flags), indexes, triggers (the foreign keys' internal ones too),
 * functions ({@code pg_get_functiondef}), views ({@code pg_get_viewdef}), sequences, rules, policies, comments, types
 * and extensions. pg_dump would be the usual tool, but the embedded server's binaries do not include it.
 */
final class SchemaCatalog {

    private static final Map<String, String> SCHEMA_QUERIES = new LinkedHashMap<>();

    static {
        SCHEMA_QUERIES.put("relation", """
                select c.relname, c.relkind, c.relpersistence, c.relispopulated, c.relrowsecurity,
                       coalesce(array_to_string(c.reloptions, ','), '')
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f', 'c')""");
        SCHEMA_QUERIES.put("column", """
                select c.relname, row_number() over (partition by c.oid order by a.attnum), a.attname,
                       format_type(a.atttypid, a.atttypmod), a.attnotnull, coalesce(pg_get_expr(d.adbin, d.adrelid), ''),
                       a.attidentity, a.attgenerated, coalesce(co.collname, ''), a.attstorage, a.attstattarget
                from pg_attribute a
                join pg_class c on c.oid = a.attrelid
                join pg_namespace n on n.oid = c.relnamespace
                left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                left join pg_collation co on co.oid = a.attcollation
                where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f', 'c')
                  and a.attnum > 0 and not a.attisdropped""");
        SCHEMA_QUERIES.put("constraint", """
                select coalesce(c.relname, ''), k.conname, k.contype, pg_get_constraintdef(k.oid), k.condeferrable,
                       k.condeferred, k.conenforced, k.convalidated, k.connoinherit, k.conislocal,
                       coalesce(i.relname, '')
                from pg_constraint k
                join pg_namespace n on n.oid = k.connamespace
                left join pg_class c on c.oid = k.conrelid
                left join pg_class i on i.oid = k.conindid
                where n.nspname = 'public'""");
        SCHEMA_QUERIES.put("index", """
                select c.relname, i.relname, pg_get_indexdef(x.indexrelid), x.indisunique, x.indisprimary,
                       x.indimmediate, x.indisclustered, x.indisvalid, x.indnullsnotdistinct
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_class c on c.oid = x.indrelid
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public'""");
        SCHEMA_QUERIES.put("trigger", """
                select c.relname, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled
                from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and not t.tgisinternal""");
        // internal triggers carry an OID in their names: compared by table, function, kind and constraint
        SCHEMA_QUERIES.put("internal trigger", """
                select c.relname, t.tgfoid::regprocedure::text, t.tgtype, t.tgenabled, coalesce(k.conname, ''),
                       coalesce(r.relname, '')
                from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
                left join pg_constraint k on k.oid = t.tgconstraint
                left join pg_class r on r.oid = t.tgconstrrelid
                where n.nspname = 'public' and t.tgisinternal""");
        SCHEMA_QUERIES.put("function", """
                select p.oid::regprocedure::text, p.prokind,
                       case when p.prokind in ('f', 'p') then pg_get_functiondef(p.oid) else '' end
                from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public'""");
        SCHEMA_QUERIES.put("view", """
                select c.relname, c.relkind, pg_get_viewdef(c.oid)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('v', 'm')""");
        SCHEMA_QUERIES.put("sequence", """
                select s.sequencename, s.data_type, s.start_value, s.min_value, s.max_value, s.increment_by, s.cycle,
                       s.cache_size, coalesce((select t.relname || '.' || a.attname || ' ' || d.deptype::text
                                               from pg_depend d
                                               join pg_class t on t.oid = d.refobjid
                                               join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
                                               where d.classid = 'pg_class'::regclass
                                                 and d.objid = (quote_ident(s.sequencename))::regclass
                                                 and d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0), '')
                from pg_sequences s where s.schemaname = 'public'""");
        SCHEMA_QUERIES.put("rule", """
                select tablename, rulename, definition from pg_rules where schemaname = 'public'""");
        SCHEMA_QUERIES.put("policy", """
                select tablename, policyname, permissive, roles::text, cmd, coalesce(qual, ''), coalesce(with_check, '')
                from pg_policies where schemaname = 'public'""");
        SCHEMA_QUERIES.put("comment", """
                select d.classoid::regclass::text, coalesce(c.relname, p.proname, ''), d.objsubid, d.description
                from pg_description d
                left join pg_class c on d.classoid = 'pg_class'::regclass and c.oid = d.objoid
                left join pg_proc p on d.classoid = 'pg_proc'::regclass and p.oid = d.objoid
                where coalesce(c.relnamespace, p.pronamespace) = 'public'::regnamespace""");
        SCHEMA_QUERIES.put("type", """
                select t.typname, t.typtype
                from pg_type t join pg_namespace n on n.oid = t.typnamespace
                where n.nspname = 'public' and t.typrelid = 0 and t.typcategory <> 'A'""");
        SCHEMA_QUERIES.put("extension", "select extname, extversion from pg_extension");
    }

    private SchemaCatalog() {
    }

    /** The schema, one sorted line per object, each line starting with its kind. */
    static List<String> schema(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> query : SCHEMA_QUERIES.entrySet()) {
            lines.addAll(rows(connection, query.getKey(), query.getValue()));
        }
        return lines;
    }

    /**
     * The data: per table and materialised view its row count and an MD5 of its rows (as text, sorted; without the
     * columns that default to now(), which say when the database was built), and per sequence its position;
     * Flyway's own history (installed_on, execution times) left out.
     */
    static List<String> data(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'public' and c.relkind in ('r', 'p', 'm', 'S')
                       and c.relname <> 'flyway_schema_history' order by 1""")) {
            while (rs.next()) {
                (rs.getString(2).equals("S") ? sequences : tables).add(rs.getString(1));
            }
        }
        for (String table : tables) {
            String columns = columnsWithoutTimeOfWriting(connection, table);
            lines.addAll(rows(connection, "rows", "select '" + table + "', count(*), md5(coalesce(string_agg(x.r::text, "
                    + "E'\\n' order by x.r::text), '')) from (select row(" + columns + ") as r from \"" + table + "\") x"));
        }
        for (String sequence : sequences) {
            lines.addAll(rows(connection, "sequence value",
                    "select '" + sequence + "', last_value, is_called from \"" + sequence + "\""));
        }
        return lines;
    }

    /** The table's columns, in order, but for those that default to the time of writing (created_at, updated_at). */
    private static String columnsWithoutTimeOfWriting(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select quote_ident(a.attname)
                     from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                     where a.attrelid = 'public.%s'::regclass and a.attnum > 0 and not a.attisdropped
                       and coalesce(pg_get_expr(d.adbin, d.adrelid), '') <> 'now()'
                     order by a.attnum""".formatted(table))) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return String.join(", ", columns);
    }

    /** How many lines of each kind, for a report. */
    static Map<String, Integer> counts(List<String> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : lines) {
            counts.merge(line.substring(0, line.indexOf(" |")), 1, Integer::sum);
        }
        return counts;
    }

    /** The lines of {@code expected} missing from {@code actual} (-) and those only in {@code actual} (+). */
    static String difference(List<String> expected, List<String> actual) {
        TreeSet<String> missing = new TreeSet<>(expected);
        actual.forEach(missing::remove);
        TreeSet<String> extra = new TreeSet<>(actual);
        expected.forEach(extra::remove);
        StringBuilder text = new StringBuilder();
        missing.forEach(line -> text.append("\n- ").append(line));
        extra.forEach(line -> text.append("\n+ ").append(line));
        return text.toString();
    }

    private static List<String> rows(Connection connection, String kind, String sql) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        List<String> all = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder line = new StringBuilder(kind);
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    line.append(" | ").append(rs.getString(i));
                }
                all.add(line.toString());
            }
        }
        lines.addAll(all);
        if (lines.size() != all.size()) {
            throw new IllegalStateException("Two identical " + kind + " lines: the catalog query is too coarse");
        }
        return new ArrayList<>(lines);
    }
}
