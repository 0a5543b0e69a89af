-- Overlap detection: candidate pairs of activities that may duplicate each other, the coordinators' decisions on
-- them, and the detector's settings.

-- Overlap candidates are derived data, rewritten by every detection run: hundreds of thousands of rows at once on a
-- large portfolio, where checking two foreign keys per row cost a third of the run. The keys stay declared but NOT
-- ENFORCED: the detector only writes pairs of activities it has just read (its upsert joins activity), and a removed
-- activity takes its candidates with it through the trigger below, as the cascade did. Coordinators' decisions keep
-- their enforced foreign keys.
create table overlap_candidate (
    activity_a    bigint       not null references activity (id) on delete cascade not enforced,
    activity_b    bigint       not null references activity (id) on delete cascade not enforced,
    score         numeric(5, 3) not null,
    reasons       text         not null,   -- JSON list of reasons, each {"kind", "detail"}
    computed_at   timestamptz  not null default now(),
    primary key (activity_a, activity_b),
    check (activity_a < activity_b)
);
create index overlap_candidate_score_idx on overlap_candidate (score desc);
-- Overlaps are looked up by either activity of the pair: when an activity is removed and when its pairs are
-- recomputed. The primary keys serve activity_a only; without these, removing n activities scans the candidate
-- table n times.
create index overlap_candidate_activity_b_idx on overlap_candidate (activity_b);

create table overlap_decision (
    activity_a     bigint      not null references activity (id) on delete cascade,
    activity_b     bigint      not null references activity (id) on delete cascade,
    decision       text not null,  -- DUPLICATE, COMPLEMENTARY, UNRELATED
    note           text,
    hash_a         text    not null,  -- content hashes when decided: a material change re-opens the pair
    hash_b         text    not null,
    decided_by     text not null,
    decided_at     timestamptz not null default now(),
    primary key (activity_a, activity_b),
    check (activity_a < activity_b)
);
create index overlap_decision_activity_b_idx on overlap_decision (activity_b);

create table overlap_settings (
    id                int primary key check (id = 1),
    weight_area       numeric(4, 3) not null,
    weight_beneficiary numeric(4, 3) not null,
    weight_implementer numeric(4, 3) not null,
    weight_text       numeric(4, 3) not null,
    weight_period     numeric(4, 3) not null,
    threshold         numeric(4, 3) not null
);
-- The default threshold: at 0.55 a pair that shares a reform area and a beneficiary in the same country is proposed
-- when the periods overlap fully, or when something more points to duplication: the same implementer, or similar
-- titles and descriptions. (At 0.45, in a busy country where several donors support one ministry, a third of all
-- pairs were proposed, too many to triage.)
insert into overlap_settings values (1, 0.20, 0.20, 0.15, 0.30, 0.15, 0.55);

create function overlap_candidates_of_removed_activities() returns trigger language plpgsql as $$
begin
    delete from overlap_candidate where activity_a in (select id from removed);
    delete from overlap_candidate where activity_b in (select id from removed);
    return null;
end;
$$;
create trigger activity_removed_overlap_candidates after delete on activity
    referencing old table as removed for each statement execute function overlap_candidates_of_removed_activities();
