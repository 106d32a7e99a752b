-- Requests (sollicitations): a structure's question to a public recipient (about some of its invoices, or in
-- general) or to the platform's support, with the thread of messages both sides exchange and the dates of each
-- status. A request is visible to its sender's structure, its addressee and support only.
create sequence sollicitation_number_seq;

create table sollicitation (
    id                   bigint generated always as identity primary key,
    number               varchar(20)  not null unique,  -- numéro de sollicitation: SOL + 10 digits
    sender_structure_id  bigint       not null,
    sender_name          text         not null,
    sender_account_id    bigint       not null,
    addressee_siret      varchar(14),                   -- the public recipient's SIRET; null: to support
    addressee_name       text,
    category             varchar(40)  not null,
    sub_category         varchar(40)  not null,
    subject              varchar(200) not null,
    status               varchar(20)  not null,          -- ENVOYEE, EN_COURS, REPONDUE, CLOTUREE
    assignee_name        text,                           -- who took it in hand on the addressee's side
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              int          not null default 0
);
create index sollicitation_by_sender on sollicitation (sender_structure_id, updated_at desc);
create index sollicitation_by_addressee on sollicitation (addressee_siret, updated_at desc)
    where addressee_siret is not null;
create index sollicitation_to_support on sollicitation (updated_at desc) where addressee_siret is null;

-- The sender's invoices a request is about.
create table sollicitation_invoice (
    sollicitation_id bigint not null references sollicitation,
    invoice_id       bigint not null,
    number           text   not null,
    primary key (sollicitation_id, invoice_id)
);

-- The thread: the first message is the request itself. side: EMETTEUR, DESTINATAIRE, SUPPORT.
create table sollicitation_message (
    id               bigint generated always as identity primary key,
    sollicitation_id bigint       not null references sollicitation,
    side             varchar(20)  not null,
    author_id        bigint       not null,
    author_name      text         not null,
    body             text         not null,
    created_at       timestamptz  not null
);
create index sollicitation_message_by_request on sollicitation_message (sollicitation_id, id);

-- Files sent with a message, kept as sent.
create table sollicitation_attachment (
    id          bigint generated always as identity primary key,
    message_id  bigint       not null references sollicitation_message,
    file_name   text         not null,
    media_type  text         not null,
    size        bigint       not null,
    sha256      char(64)     not null,
    content     bytea        not null
);
create index sollicitation_attachment_by_message on sollicitation_attachment (message_id);

-- Each status with its date, and who set it.
create table sollicitation_status_change (
    sollicitation_id bigint       not null references sollicitation,
    rank             int          not null,
    status           varchar(20)  not null,
    author_name      text         not null,
    at               timestamptz  not null,
    primary key (sollicitation_id, rank)
);
