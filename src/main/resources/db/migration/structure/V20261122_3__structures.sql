-- Structures (private and public): country + identifier type + identifier, as Chorus Pro identifies them.
create table structure (
    id               bigint generated always as identity primary key,
    identifier_type  varchar(20)  not null,
    identifier       varchar(80)  not null,
    country          varchar(2)   not null,
    name             varchar(200) not null,
    kind             varchar(10)  not null,
    non_diffusible   boolean      not null,
    -- absent for INSEE non-diffusible structures: never stored, so never shown
    address_line     varchar(200),
    address_complement varchar(200),
    postal_code      varchar(20),
    city             varchar(100),
    address_country  varchar(2),
    created_at       timestamptz  not null,
    version          int          not null default 0,
    unique (identifier_type, identifier)
);

-- The work areas (espaces) a structure has opened.
create table structure_work_area (
    structure  bigint      not null references structure (id) on delete cascade,
    work_area  varchar(30) not null,
    primary key (structure, work_area)
);

-- Services: optional sub-units of a structure, addressed by their codeService.
create table structure_service (
    structure  bigint       not null references structure (id) on delete cascade,
    code       varchar(100) not null,
    name       varchar(100) not null,
    active     boolean      not null,
    primary key (structure, code)
);

-- A person's attachment (rattachement) to a structure, with their role and status.
create table membership (
    id           bigint generated always as identity primary key,
    structure_id bigint      not null references structure (id),
    account_id   bigint      not null,
    role         varchar(30) not null,
    status       varchar(30) not null,
    comment      varchar(1000),
    requested_at timestamptz not null,
    decided_at   timestamptz,
    decided_by   bigint,
    version      int         not null default 0,
    unique (structure_id, account_id)
);
create index membership_account on membership (account_id);
-- One primary manager per structure at most.
create unique index membership_one_primary_manager on membership (structure_id)
    where role = 'GESTIONNAIRE_PRINCIPAL' and status = 'VALIDEE';

-- What a member may do in each work area: consultation or modification.
create table membership_right (
    membership bigint      not null references membership (id) on delete cascade,
    work_area  varchar(30) not null,
    level      varchar(30) not null,
    primary key (membership, work_area)
);
