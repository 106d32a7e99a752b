-- Deposits (Chorus Pro's "flux": one file, or one archive of up to 500 invoices), the files each holds, what
-- validation found in them, and the invoices that went through. Originals live in the document store, named by
-- their SHA-256.
create sequence deposit_number_seq;

create table deposit (
    id               bigint generated always as identity primary key,
    number           varchar(30)  not null unique, -- numeroFluxDepot
    structure_id     bigint       not null,        -- the depositing supplier
    supplier_type    varchar(20)  not null,        -- its identifier, which the invoices' seller must carry
    supplier         varchar(80)  not null,
    account_id       bigint       not null,        -- the person (or technical account) who deposited
    channel          varchar(30)  not null,        -- modeDepot
    file_name        text         not null,
    sha256           char(64)     not null,
    size             bigint       not null,
    status           varchar(40)  not null,        -- etatCourantDepotFlux: IN_RECU ... IN_INTEGRE
    invoice_count    int          not null,
    processed_count  int          not null default 0,
    integrated_count int          not null default 0,
    deposited_at     timestamptz  not null,
    finished_at      timestamptz
);
create index deposit_by_structure on deposit (structure_id, id desc);

-- One row per invoice file of a deposit; the rows still EN_ATTENTE are the work queue that every Chorale node
-- takes from with FOR UPDATE SKIP LOCKED.
create table deposit_file (
    deposit_id   bigint       not null references deposit,
    position     int          not null,
    file_name    text         not null,
    sha256       char(64)     not null,
    size         bigint       not null,
    form_sha256  char(64),               -- a plain PDF's form, kept as MINIMUM CII: what is validated and read
    state        varchar(20)  not null,  -- EN_ATTENTE, INTEGREE, REJETEE
    verdict      varchar(20),            -- VALID, INVALID, UNREADABLE
    syntax       varchar(30),
    rule_set     varchar(80),            -- the rule set and version applied (eu.cen.en16931:ubl:1.3.16)
    invoice_id   bigint,
    processed_at timestamptz,
    primary key (deposit_id, position)
);
create index deposit_file_waiting on deposit_file (deposit_id, position) where state = 'EN_ATTENTE';

create table deposit_finding (
    deposit_id bigint       not null,
    position   int          not null,
    rank       int          not null,
    rule       text         not null,
    severity   varchar(10)  not null,
    term       text,
    location   text,
    message_fr text         not null,
    message_en text         not null,
    primary key (deposit_id, position, rank),
    foreign key (deposit_id, position) references deposit_file
);

create table invoice (
    id                  bigint generated always as identity primary key,
    supplier_id         bigint        not null, -- the depositing structure
    deposit_id          bigint        not null references deposit,
    number              text          not null, -- BT-1, numeroFacture
    year                int           not null, -- of the issue date: numbers are unique per supplier and year
    kind                varchar(10)   not null, -- typeFacture: FACTURE, AVOIR
    cadre               varchar(3)    not null, -- cadre de facturation, BT-23
    issue_date          date          not null, -- BT-2
    due_date            date,                   -- BT-9
    currency            text          not null, -- BT-5
    recipient_id        bigint        not null, -- the directory's recipient
    recipient           varchar(20)   not null, -- its SIRET
    recipient_name      text          not null,
    service_code        text,                   -- BT-10, or the recipient's default service
    commitment_number   text,                   -- BT-13
    total_without_vat   numeric(19, 6),         -- BT-109
    total_vat           numeric(19, 6),         -- BT-110
    total_with_vat      numeric(19, 6),         -- BT-112
    amount_due          numeric(19, 6),         -- BT-115
    syntax              varchar(30)   not null, -- syntaxeFlux
    original_sha256     char(64)      not null,
    status              varchar(40)   not null,
    deposited_at        timestamptz   not null,
    unique (supplier_id, year, number)
);
create index invoice_by_supplier on invoice (supplier_id, id desc);
create index invoice_by_recipient on invoice (recipient_id, id desc);

-- Invoices being entered on the portal (BROUILLON): the form as the supplier left it, resumed until sent.
create table invoice_draft (
    id           bigint generated always as identity primary key,
    structure_id bigint       not null,
    account_id   bigint       not null, -- who saved it last
    number       text,                  -- BT-1 as typed, for the list of drafts
    form         jsonb        not null,
    updated_at   timestamptz  not null
);
create index invoice_draft_by_structure on invoice_draft (structure_id, updated_at desc);
