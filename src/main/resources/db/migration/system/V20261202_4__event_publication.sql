-- Spring Modulith's event publication registry (its schema v2 for PostgreSQL): each event a module listens to is
-- written here in the publishing transaction and marked complete once its listener ran, so that an e-mail due
-- after a committed change is sent even if the node stops in between (outstanding events are republished at start).
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
