-- The ESPD (DUME) work area: each structure's company profile (Part II), its responses (to an imported buyer's
-- request, or generic), every exported version, and the answers it gave before, which pre-fill the next response
-- where the criterion (same UUID from 2.1.1 to 4.1.0) and the question's place in it match.
create table espd_profile (
    structure_id bigint       primary key,
    profile      jsonb        not null,
    updated_at   timestamptz  not null
);

create table espd_response (
    id                 bigint generated always as identity primary key,
    structure_id       bigint       not null,
    title              text         not null,
    request_xml        bytea,                  -- the buyer's request (or the response) imported; null: generic
    request_version    varchar(10),            -- its ESPD-EDM version
    contract_folder_id text,
    buyer_name         text,
    simplified         boolean      not null,  -- "DUME simplifié": turnover and headcount only
    answers            jsonb        not null,  -- question ID -> value
    place              text,                   -- Part VI
    declared_on        date,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            int          not null default 0
);
create index espd_response_by_structure on espd_response (structure_id, updated_at desc);

-- Each export is a version: its own UUID, the previous one's in cbc:PreviousVersionID.
create table espd_export (
    response_id bigint       not null references espd_response on delete cascade,
    rank        int          not null,
    uuid        uuid         not null unique,
    xml         bytea        not null,
    exported_at timestamptz  not null,
    primary key (response_id, rank)
);

create table espd_saved_answer (
    structure_id bigint       not null,
    criterion_id varchar(120) not null,
    path         varchar(120) not null,
    data_type    varchar(40)  not null,
    value        text         not null,
    primary key (structure_id, criterion_id, path)
);

-- A public structure's ESPD requests (DUME acheteur): the procedure and the criteria it chose from the ESPD-EDM
-- 4.1.0 table, exported as XML for the economic operators to answer.
create table espd_request (
    id             bigint generated always as identity primary key,
    structure_id   bigint       not null,
    title          text         not null,
    reference      text         not null,  -- cbc:ContractFolderID
    description    text,
    procedure_code varchar(20)  not null,  -- EU Vocabularies procurement-procedure-type
    criteria       jsonb        not null,  -- the criterion IDs chosen
    created_at     timestamptz  not null
);
create index espd_request_by_structure on espd_request (structure_id, id desc);
