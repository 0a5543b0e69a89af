package org.concord.projects.internal.activities;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The activities in Concord that the files link to one activity through {@code related-activity}, in either
 * direction: its parents (it names them with type 1, or they name it with type 2), its children (the converse),
 * its siblings (type 3 either way, or a parent in common) and those co-funded with it (type 4). Only published
 * activities are shown. Overlap detection never proposes such pairs (OverlapDetector.LINKED_PAIRS); money passed
 * between activities is the page's funding chain.
 */
@Repository
class ActivityHierarchy {

    /** One linked activity, as a link: its title, else its identifier. */
    record Linked(long id, String iatiIdentifier, String title) {
    }

    record Hierarchy(List<Linked> parents, List<Linked> children, List<Linked> siblings, List<Linked> coFunded) {
        public boolean isEmpty() {
            return parents.isEmpty() && children.isEmpty() && siblings.isEmpty() && coFunded.isEmpty();
        }
    }

    private final JdbcClient jdbc;

    ActivityHierarchy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Hierarchy of(long id) {
        List<Linked> parents = new ArrayList<>();
        List<Linked> children = new ArrayList<>();
        List<Linked> siblings = new ArrayList<>();
        List<Linked> coFunded = new ArrayList<>();
        jdbc.sql("""
                with me as (select id, iati_identifier from activity where id = :id),
                links(kind, other) as (
                    -- it names the other
                    select case r.type when '1' then 'parent' when '2' then 'child' when '3' then 'sibling' else 'co-funded' end, o.id
                    from activity_related r join me on r.activity_id = me.id join activity o on o.iati_identifier = r.ref
                    where r.type in ('1', '2', '3', '4')
                    union
                    -- the other names it
                    select case r.type when '1' then 'child' when '2' then 'parent' when '3' then 'sibling' else 'co-funded' end, r.activity_id
                    from activity_related r join me on r.ref = me.iati_identifier
                    where r.type in ('1', '2', '3', '4')
                    union
                    -- a parent in common
                    select 'sibling', q.activity_id
                    from activity_related p join me on p.activity_id = me.id
                    join activity_related q on q.ref = p.ref and q.type = '1'
                    where p.type = '1'
                )
                select distinct l.kind, a.id, a.iati_identifier,
                       coalesce(a.title, (select t.text from activity_title t where t.activity_id = a.id order by t.seq limit 1)) as title
                from links l join activity a on a.id = l.other
                where a.id <> :id and a.published
                order by l.kind, a.iati_identifier""").param("id", id).query(rs -> {
            Linked linked = new Linked(rs.getLong("id"), rs.getString("iati_identifier"), rs.getString("title"));
            switch (rs.getString("kind")) {
                case "parent" -> parents.add(linked);
                case "child" -> children.add(linked);
                case "sibling" -> siblings.add(linked);
                default -> coFunded.add(linked);
            }
        });
        return new Hierarchy(parents, children, siblings, coFunded);
    }
}
