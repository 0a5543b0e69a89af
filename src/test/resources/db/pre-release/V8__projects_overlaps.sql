-- Overlaps are looked up by either activity of the pair: when an activity is removed (the foreign keys'
-- cascade) and when its pairs are recomputed. The primary keys serve activity_a only; without these,
-- removing n activities scans the candidate table n times.
create index overlap_candidate_activity_b_idx on overlap_candidate (activity_b);
create index overlap_decision_activity_b_idx on overlap_decision (activity_b);
