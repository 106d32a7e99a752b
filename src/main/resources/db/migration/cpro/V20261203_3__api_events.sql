-- What a structure's connectors are told: invoices received and status changes, written in the transaction of the
-- change (an outbox), read through the pending-events feed until acknowledged, and pushed to the webhooks.
create table api_event (
    id              bigint generated always as identity primary key,
    structure_id    bigint       not null references structure (id),
    side            char(1)      not null, -- S: an invoice the structure issued, R: one it received
    type            varchar(30)  not null,
    invoice_id      bigint       not null,
    invoice_number  text         not null,
    status          varchar(40)  not null,
    comment         text,
    at              timestamptz  not null,
    acknowledged_at timestamptz
);
create index api_event_pending on api_event (structure_id, id) where acknowledged_at is null;
create index api_event_acknowledged on api_event (acknowledged_at) where acknowledged_at is not null;

-- A structure's webhooks: the secret signs each payload (HMAC-SHA256), so it is kept as given.
create table api_webhook (
    id           bigint generated always as identity primary key,
    structure_id bigint        not null references structure (id),
    url          varchar(2000) not null,
    secret       varchar(100)  not null,
    created_at   timestamptz   not null
);
create index api_webhook_structure on api_webhook (structure_id);

-- Each event to each webhook, retried with a growing delay until answered 2xx.
create table api_delivery (
    event_id        bigint       not null references api_event (id) on delete cascade,
    webhook_id      bigint       not null references api_webhook (id) on delete cascade,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    delivered_at    timestamptz,
    last_error      varchar(500),
    primary key (event_id, webhook_id)
);
create index api_delivery_due on api_delivery (next_attempt_at) where delivered_at is null;
