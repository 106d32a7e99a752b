-- Primary managers appointed by support for a structure whose manager has left (Chorus Pro's only way out of that
-- situation): who, in place of whom, by which support agent, why, and the request it answers.
create table manager_appointment (
    id               bigint generated always as identity primary key,
    structure_id     bigint       not null references structure (id),
    account_id       bigint       not null,  -- the new primary manager
    previous_id      bigint,                 -- the one who stepped down, if any
    appointed_by     bigint       not null,  -- the support agent
    reason           text         not null,
    reference        varchar(20),            -- the request (numéro de sollicitation) it answers
    appointed_at     timestamptz  not null
);
create index manager_appointment_by_structure on manager_appointment (structure_id, appointed_at desc);
