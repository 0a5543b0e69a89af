-- The number that moves whenever what a public scorecard shows changes (shared.cache.DataVersion, as V21 does for
-- the directory and V57 for oversight cases): the country pages, kept whole for anonymous readers by the public page
-- cache, show the country's scorecard and the latest published assessments of its institutions. One step per
-- statement, so a governance-indicators import of thousands of rows moves it a few times, not once per row.
create sequence standards_scorecard_version;

create function standards_scorecard_changed() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock_shared(1131376227, 74);
    perform nextval('standards_scorecard_version');
    return null;
end
$$;

create trigger standards_framework_scorecard_changed
    after insert or update or delete or truncate on standards_framework
    for each statement execute function standards_scorecard_changed();
create trigger standards_standard_scorecard_changed
    after insert or update or delete or truncate on standards_standard
    for each statement execute function standards_scorecard_changed();
create trigger standards_indicator_scorecard_changed
    after insert or update or delete or truncate on standards_indicator
    for each statement execute function standards_scorecard_changed();
create trigger standards_indicator_name_scorecard_changed
    after insert or update or delete or truncate on standards_indicator_name
    for each statement execute function standards_scorecard_changed();
create trigger standards_baseline_scorecard_changed
    after insert or update or delete or truncate on standards_baseline
    for each statement execute function standards_scorecard_changed();
create trigger standards_target_scorecard_changed
    after insert or update or delete or truncate on standards_target
    for each statement execute function standards_scorecard_changed();
create trigger standards_value_scorecard_changed
    after insert or update or delete or truncate on standards_value
    for each statement execute function standards_scorecard_changed();
create trigger standards_wgi_percentile_rank_scorecard_changed
    after insert or update or delete or truncate on standards_wgi_percentile_rank
    for each statement execute function standards_scorecard_changed();
create trigger standards_assessment_scorecard_changed
    after insert or update or delete or truncate on standards_assessment
    for each statement execute function standards_scorecard_changed();
create trigger standards_assessment_answer_scorecard_changed
    after insert or update or delete or truncate on standards_assessment_answer
    for each statement execute function standards_scorecard_changed();
create trigger standards_assessment_template_text_scorecard_changed
    after insert or update or delete or truncate on standards_assessment_template_text
    for each statement execute function standards_scorecard_changed();
create trigger standards_assessment_section_text_scorecard_changed
    after insert or update or delete or truncate on standards_assessment_section_text
    for each statement execute function standards_scorecard_changed();
