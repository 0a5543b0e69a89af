-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.1, schemas/v2/schema-postgresql.sql):
-- one row per event and listener that reacts after the publishing transaction commits (@ApplicationModuleListener),
-- written in that transaction. A row still without completion_date when Concord starts is published again
-- (spring.modulith.events.republish-outstanding-events-on-restart), so a reaction a crash interrupted is redone.
-- Completed rows are deleted (spring.modulith.events.completion-mode=delete): the table holds only outstanding work.
-- status: PUBLISHED, PROCESSING, COMPLETED, FAILED or RESUBMITTED; completion_attempts and last_resubmission_date
-- count and date the tries of a publication that was resubmitted.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
