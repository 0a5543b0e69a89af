-- Scored assessment questionnaires (standards module): templates of sections (risk areas) and questions with a
-- 0-4 rubric, and the assessments institutions run from them (self-assessment, then an evaluator's peer review).

-- A template edition. Editions of one questionnaire share its code; an edition that an assessment uses is never
-- changed again (an edit then makes the next edition), so that every assessment keeps the questions it answered.
create table standards_assessment_template (
    id         bigserial    primary key,
    code       varchar(60)  not null constraint standards_assessment_template_code_check check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    edition    integer      not null constraint standards_assessment_template_edition_check check (edition >= 1),
    created_at timestamptz  not null,
    created_by varchar(100) not null,
    constraint standards_assessment_template_edition_unique unique (code, edition)
);

-- The template's name and description in each language (BCP 47 tag); English is required by the service.
create table standards_assessment_template_text (
    template_id bigint       not null references standards_assessment_template (id) on delete cascade,
    language    varchar(10)  not null,
    name        varchar(300) not null,
    description text,
    primary key (template_id, language)
);

-- A section: one risk area of the questionnaire, in the template's order.
create table standards_assessment_section (
    id          bigserial   primary key,
    template_id bigint      not null references standards_assessment_template (id) on delete cascade,
    position    integer     not null,
    code        varchar(30) not null constraint standards_assessment_section_code_check check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    constraint standards_assessment_section_code_unique unique (template_id, code),
    constraint standards_assessment_section_position_unique unique (template_id, position)
);

create table standards_assessment_section_text (
    section_id bigint       not null references standards_assessment_section (id) on delete cascade,
    language   varchar(10)  not null,
    name       varchar(300) not null,
    primary key (section_id, language)
);

-- A question of a section. Its code is unique in the whole template, so that a results file names it alone.
create table standards_assessment_question (
    id          bigserial   primary key,
    section_id  bigint      not null references standards_assessment_section (id) on delete cascade,
    template_id bigint      not null references standards_assessment_template (id) on delete cascade,
    position    integer     not null,
    code        varchar(30) not null constraint standards_assessment_question_code_check check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    constraint standards_assessment_question_code_unique unique (template_id, code),
    constraint standards_assessment_question_position_unique unique (section_id, position)
);

-- The question's text, guidance, required evidence and the meaning of each score 0-4, in one language.
create table standards_assessment_question_text (
    question_id bigint      not null references standards_assessment_question (id) on delete cascade,
    language    varchar(10) not null,
    text        text        not null,
    guidance    text,
    evidence    text,
    level_0     text        not null,
    level_1     text        not null,
    level_2     text        not null,
    level_3     text        not null,
    level_4     text        not null,
    primary key (question_id, language)
);

-- One assessment of one institution (a directory organisation) from one template edition.
--   DRAFT      the institution scores its self-assessment
--   SUBMITTED  the institution has submitted it; an evaluator of another organisation reviews it
--   REVIEWED   the peer review is complete: its scores are the ones that count
-- published_at: set once a reviewed assessment is made public; until then only the institution's members,
-- evaluators and administrators may know it exists.
create table standards_assessment (
    id                  bigserial    primary key,
    template_id         bigint       not null references standards_assessment_template (id),
    organisation_id     bigint       not null references organisation (id),
    assessed_on         date         not null,
    status              varchar(10)  not null constraint standards_assessment_status_check
                                         check (status in ('DRAFT', 'SUBMITTED', 'REVIEWED')),
    created_at          timestamptz  not null,
    created_by          varchar(100) not null,
    submitted_at        timestamptz,
    submitted_by        varchar(100),
    reviewer            varchar(100),
    reviewed_at         timestamptz,
    published_at        timestamptz,
    version             bigint       not null default 0,
    constraint standards_assessment_published_reviewed check (published_at is null or status = 'REVIEWED'),
    constraint standards_assessment_submitted check (status = 'DRAFT' or submitted_at is not null),
    constraint standards_assessment_reviewed check (status <> 'REVIEWED' or reviewed_at is not null)
);
create index standards_assessment_organisation_idx on standards_assessment (organisation_id, assessed_on desc, id desc);

-- The institution's and the evaluator's answer to one question of one assessment.
create table standards_assessment_answer (
    assessment_id      bigint   not null references standards_assessment (id) on delete cascade,
    question_id        bigint   not null references standards_assessment_question (id),
    self_score         smallint constraint standards_assessment_answer_self_check check (self_score between 0 and 4),
    self_justification text,
    self_evidence      text,
    review_score       smallint constraint standards_assessment_answer_review_check check (review_score between 0 and 4),
    review_comment     text,
    primary key (assessment_id, question_id)
);

insert into application_privilege (relation, access) values
    ('standards_assessment_template', 'write'),
    ('standards_assessment_template_text', 'write'),
    ('standards_assessment_section', 'write'),
    ('standards_assessment_section_text', 'write'),
    ('standards_assessment_question', 'write'),
    ('standards_assessment_question_text', 'write'),
    ('standards_assessment', 'write'),
    ('standards_assessment_answer', 'write');
