package org.concord.projects.internal.country;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.projects.CountedTotals;
import org.concord.projects.CountingRule;
import org.concord.projects.Transfer;
import org.concord.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where money goes between Concord activities, and totals that count it once (the views of
 * R__projects_funding_links.sql): spending where it is last reported, budgets at the first hop, incoming funds never.
 * Every total comes with the rules it followed, so that a page can say how it was counted.
 */
@Service
public class FundingFlows {

    /** How far a funding chain is followed in each direction; real chains are two or three hops long. */
    static final int MAX_DEPTH = 6;

    /** The message keys of the counting rules, in the order pages show them. */
    public static final List<String> RULE_KEYS = List.of("funding.rule.spending", "funding.rule.incoming",
            "funding.rule.budget", "funding.rule.link", "funding.rule.apportion");


    /**
     * Money passed between two activities: the funder's outgoing commitment (2) or disbursement (3), seen from
     * the other activity. {@code depth} 1 is a direct funder or recipient, 2 one further away, and so on.
     */
    public record Link(long activityId, String iatiIdentifier, String title, String reportingOrg, int depth,
                       long fromActivity, long toActivity, int transactionSeq, String transactionType, LocalDate date,
                       BigDecimal amount, String currency, BigDecimal amountUsd, String rule) {
    }


    public record Chain(long activityId, String iatiIdentifier, String title, List<Link> upstream, List<Link> downstream) {
    }


    /**
     * The part of a spending transaction ({@code x}, a row of activity_spending) that belongs to a country
     * ({@code :key}), given its activity's share for the country ({@code s.share}): all or none of it when the
     * transaction names its own recipient country, else the activity's share.
     */
    static final String COUNTRY_TRANSACTION_SHARE =
            "case when x.recipient_country is null then s.share when x.recipient_country = :key then 1 else 0 end";

    /**
     * What a total is taken over, as (activity_id, share) rows: the part of each activity that belongs to it; and
     * the part of each of its spending transactions ({@code x}).
     */
    enum Scope {
        COUNTRY("select activity_id, sum(share) as share from activity_country_share where code = :key group by activity_id",
                COUNTRY_TRANSACTION_SHARE),
        DONOR("select activity_id, 1.0 as share from activity_donor where donor_key = :key", "s.share"),
        AREA("select activity_id, share from activity_area_share where reform_area = :key", "s.share"),
        /** A transaction that names its own recipient country is that country's, not the region's. */
        REGION("select activity_id, sum(share) as share from activity_region_share where code = :key group by activity_id",
                "case when x.recipient_country is null then s.share else 0 end");

        final String sql;
        final String transactionShare;

        Scope(String sql, String transactionShare) {
            this.sql = sql;
            this.transactionShare = transactionShare;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final TransactionTemplate refresh;

    public FundingFlows(NamedParameterJdbcTemplate jdbc, MessageSource messages, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.refresh = new TransactionTemplate(transactions);
        this.refresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Brings the snapshot of funding links (funding_link_snapshot) up to date when activities changed since it was
     * taken; totals read the snapshot. Its own transaction, so that read-only callers may call it too.
     */
    public void ensureCurrent() {
        Boolean dirty = jdbc.getJdbcTemplate().queryForObject("select dirty from funding_link_state where id = 1",
                Boolean.class);
        if (Boolean.TRUE.equals(dirty)) {
            refresh.executeWithoutResult(s -> jdbc.getJdbcTemplate().queryForObject("select refresh_funding_links()",
                    Boolean.class));
        }
    }

    public List<CountingRule> rules(Locale locale) {
        return RULE_KEYS.stream().map(k -> new CountingRule(k, messages.getMessage(k, null, locale))).toList();
    }

    /**
     * The activities that fund this one (upstream) and those it funds (downstream), hop by hop. The caller has
     * made sure the reader may see the activity; a draft has no links (only published activities are linked), so
     * its chain is empty.
     */
    @Transactional(readOnly = true)
    public Chain chain(long activityId) {
        ensureCurrent();
        List<Chain> found = jdbc.query("select id, iati_identifier, title from activity where id = :id",
                new MapSqlParameterSource("id", activityId),
                (rs, i) -> new Chain(rs.getLong(1), rs.getString(2), rs.getString(3), List.of(), List.of()));
        if (found.isEmpty()) {
            throw new NotFoundException("activity", activityId);
        }
        Chain chain = found.get(0);
        return new Chain(chain.activityId(), chain.iatiIdentifier(), chain.title(), follow(activityId, true),
                follow(activityId, false));
    }

    private List<Link> follow(long start, boolean upstream) {
        List<Link> links = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(start));
        Set<Long> frontier = Set.of(start);
        for (int depth = 1; depth <= MAX_DEPTH && !frontier.isEmpty(); depth++) {
            List<Link> hop = hop(frontier, upstream, depth);
            Set<Long> next = new HashSet<>();
            for (Link link : hop) {
                links.add(link);
                if (seen.add(link.activityId())) {
                    next.add(link.activityId());
                }
            }
            frontier = next;
        }
        return links;
    }

    private List<Link> hop(Set<Long> ids, boolean upstream, int depth) {
        String near = upstream ? "to_activity" : "from_activity";
        String far = upstream ? "from_activity" : "to_activity";
        return jdbc.query("""
                select o.id, o.iati_identifier,
                       coalesce((select x.text from activity_title x where x.activity_id = o.id and lower(x.lang) = :lang
                                 order by x.seq limit 1), o.title) as title, o.reporting_org_name, l.from_activity, l.to_activity,
                       l.transaction_seq, l.rule, t.type, coalesce(t.transaction_date, t.value_date) as d, t.amount,
                       coalesce(t.currency, f.default_currency) as currency,
                       to_usd(t.amount, coalesce(t.currency, f.default_currency),
                              coalesce(t.value_date, t.transaction_date)) as usd
                from funding_link_snapshot l
                join activity_transaction t on t.activity_id = l.from_activity and t.seq = l.transaction_seq
                join activity f on f.id = l.from_activity
                join activity o on o.id = l.%s
                where l.%s in (:ids)
                order by d nulls last, o.iati_identifier, l.transaction_seq""".formatted(far, near),
                new MapSqlParameterSource("ids", ids).addValue("lang",
                        org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()),
                (rs, i) -> new Link(rs.getLong("id"),
                        rs.getString("iati_identifier"), rs.getString("title"), rs.getString("reporting_org_name"), depth,
                        rs.getLong("from_activity"), rs.getLong("to_activity"), rs.getInt("transaction_seq"),
                        rs.getString("type"), rs.getObject("d", LocalDate.class), rs.getBigDecimal("amount"),
                        rs.getString("currency"), rs.getBigDecimal("usd"), rs.getString("rule")));
    }

    /** Links where either side is an activity in this country (funder and recipient both named). */
    @Transactional(readOnly = true)
    public List<Transfer> transfersInCountry(String country) {
        ensureCurrent();
        return jdbc.query("""
                select f.id as from_id, f.iati_identifier as from_identifier, f.title as from_title,
                       r.id, r.iati_identifier, r.title, l.transaction_seq, l.rule, t.type,
                       coalesce(t.transaction_date, t.value_date) as d, t.amount,
                       coalesce(t.currency, f.default_currency) as currency,
                       to_usd(t.amount, coalesce(t.currency, f.default_currency),
                              coalesce(t.value_date, t.transaction_date)) as usd
                from funding_link_snapshot l
                join activity_transaction t on t.activity_id = l.from_activity and t.seq = l.transaction_seq
                join activity f on f.id = l.from_activity
                join activity r on r.id = l.to_activity
                where exists (select 1 from activity_country c where c.activity_id in (l.from_activity, l.to_activity)
                              and c.code = :country)
                order by f.title, d nulls last, l.transaction_seq""", new MapSqlParameterSource("country", country),
                (rs, i) -> new Transfer(rs.getLong("from_id"), rs.getString("from_identifier"), rs.getString("from_title"),
                        rs.getLong("id"), rs.getString("iati_identifier"), rs.getString("title"), rs.getString("type"),
                        rs.getObject("d", LocalDate.class), rs.getBigDecimal("amount"), rs.getString("currency"),
                        rs.getBigDecimal("usd"), rs.getString("rule")));
    }

    /** CountedTotals over the activities of one recipient country, each weighted by its share for that country. */
    @Transactional(readOnly = true)
    public CountedTotals forCountry(String code) {
        return totals(Scope.COUNTRY, code);
    }

    /** CountedTotals over the activities of one donor (first funding participant, else the reporting organisation). */
    @Transactional(readOnly = true)
    public CountedTotals forDonor(String donorKey) {
        return totals(Scope.DONOR, donorKey);
    }

    /** CountedTotals over the activities of one reform area, each weighted by its share for that area. */
    @Transactional(readOnly = true)
    public CountedTotals forReformArea(String area) {
        return totals(Scope.AREA, area);
    }

    /** CountedTotals over the activities of one recipient region (OECD DAC code), each weighted by its share there. */
    @Transactional(readOnly = true)
    public CountedTotals forRegion(String code) {
        return totals(Scope.REGION, code);
    }

    /**
     * {@link #forCountry} over some activities only (one import's, say): the country's figures by the same rules,
     * of which only these activities' parts are added up. Links to activities outside them still decide what counts.
     */
    @Transactional(readOnly = true)
    public CountedTotals forCountry(String code, java.util.Collection<Long> among) {
        return totals(Scope.COUNTRY, code, among);
    }

    CountedTotals totals(Scope scope, String key) {
        return totals(scope, key, null);
    }

    private CountedTotals totals(Scope scope, String key, java.util.Collection<Long> among) {
        ensureCurrent();
        String scopeSql = among == null ? scope.sql
                : "select * from (" + scope.sql + ") y where y.activity_id = any(:among)";
        MapSqlParameterSource parameters = new MapSqlParameterSource("key", key);
        if (among != null) {
            parameters.addValue("among", among.toArray(Long[]::new));
        }
        // each activity of the scope looked up by its key (lateral), rather than every transaction joined to the scope
        return jdbc.queryForObject("""
                with scope as materialized (%s),
                budget as materialized (
                    select b.counted, b.total_budget_usd * s.share as usd,
                           (select n.usd * s.share from activity_negative_budget n where n.activity_id = s.activity_id)
                               as negative,
                           b.total_budget_usd is null
                           and exists (select 1 from activity_budget ab where ab.activity_id = s.activity_id) as unconverted
                    from scope s
                    cross join lateral (select * from activity_budget_count b where b.activity_id = s.activity_id) b),
                spending as materialized (
                    select x.counted, x.amount_usd * %s as usd, x.amount_usd is null as unconverted
                    from scope s
                    cross join lateral (select * from activity_spending x where x.activity_id = s.activity_id) x)
                select (select count(*) from budget) as activities,
                       (select sum(usd) from budget where counted) as budget,
                       (select sum(usd) from budget where not counted) as budget_out,
                       (select sum(usd) from spending where counted) as spending,
                       (select sum(usd) from spending where not counted) as spending_out,
                       (select sum(negative) from budget where counted) as budget_negative,
                       (select sum(usd) from spending where counted and usd < 0) as spending_negative,
                       (select count(*) from spending where unconverted)
                       + (select count(*) from budget where unconverted) as unconverted
                """.formatted(scopeSql, scope.transactionShare), parameters,
                (rs, i) -> new CountedTotals(rs.getLong("activities"), usd(rs.getBigDecimal("budget")),
                        usd(rs.getBigDecimal("budget_out")), usd(rs.getBigDecimal("spending")),
                        usd(rs.getBigDecimal("spending_out")), rs.getLong("unconverted"),
                        usd(rs.getBigDecimal("budget_negative")), usd(rs.getBigDecimal("spending_negative"))));
    }

    static BigDecimal usd(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
