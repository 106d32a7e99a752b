-- What the supplier does with an invoice returned to it: supporting documents added to complete a suspended invoice,
-- and the acknowledgements of suspensions and rejections (histoAction: ACQUITTEMENT_SUSPENSION, ACQUITTEMENT_REJET).
create table invoice_attachment (
    invoice_id bigint       not null references invoice,
    rank       int          not null,
    file_name  text         not null,
    media_type text         not null,
    sha256     char(64)     not null,
    size       bigint       not null,
    added_at   timestamptz  not null,
    account_id bigint       not null,
    primary key (invoice_id, rank)
);

create table invoice_action (
    invoice_id bigint       not null references invoice,
    at         timestamptz  not null,
    action     varchar(40)  not null,
    account_id bigint       not null,
    primary key (invoice_id, at, action)
);

-- Returned invoices a supplier must act on, found at each sign-in.
create index invoice_returned on invoice (supplier_id, status_at) where status in ('SUSPENDUE', 'REJETEE', 'A_RECYCLER');
