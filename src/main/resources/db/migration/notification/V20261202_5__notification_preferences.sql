-- How each person wants to hear of invoices: right away, in a daily digest, or not by e-mail. No row means the
-- default of the topic (status changes right away, new received invoices in the digest).
create table notification_preference (
    account_id bigint      not null,
    topic      varchar(30) not null,
    mode       varchar(20) not null,
    primary key (account_id, topic)
);

-- Lines waiting for a person's next daily digest, already written in their language.
create table notification_digest_line (
    id         bigint generated always as identity primary key,
    account_id bigint      not null,
    line       text        not null,
    created_at timestamptz not null
);
create index notification_digest_line_by_account on notification_digest_line (account_id, id);
