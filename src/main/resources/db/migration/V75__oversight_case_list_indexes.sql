-- Oversight at scale (issue 11: 100,000 cases across 50 bodies). The officer's list filters a body's cases by status
-- or category and sorts them by due moment; V57's oversight_case_list_idx (organisation_id, next_due, report_id)
-- then reads every case of the body in due order and discards the other statuses or categories, and counts them the
-- same way. With the filter's column second, the first page is read in order from the index and the count is an
-- index-only scan of exactly the matching cases, whatever the body's size.
create index oversight_case_status_idx on oversight_case (organisation_id, status, next_due, report_id);
create index oversight_case_category_idx on oversight_case (organisation_id, category, next_due, report_id);

-- The public statistics count a body's sanctions (the transitions that name one). This index lets the planner find
-- them from the body's cases by report_id, reading only index pages, once a scan of every body's sanctions (which
-- grows with all bodies' cases, not with the body's own) costs more.
create index oversight_case_transition_sanction_report_idx on oversight_case_transition (report_id) include (sanction)
    where sanction is not null;
