-- People: one account per login e-mail. Passwords and secret answers are stored as adaptive hashes only.
create table account (
    id                 bigint generated always as identity primary key,
    login_email        varchar(254) not null unique,
    first_name         varchar(100) not null,
    last_name          varchar(100) not null,
    phone              varchar(30),
    contact_email      varchar(254) not null,
    language           varchar(7)   not null,
    status             varchar(30)  not null,
    password_hash      varchar(200),
    secret_question    varchar(40),
    secret_answer_hash varchar(200),
    failed_sign_ins    int          not null default 0,
    locked_until       timestamptz,
    created_at         timestamptz  not null,
    activated_at       timestamptz,
    version            int          not null default 0
);

-- Single-use links sent by e-mail (activation, password reset): only the SHA-256 of the token is kept.
create table account_link (
    token_hash bytea primary key,
    account_id bigint      not null references account (id) on delete cascade,
    purpose    varchar(20) not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index account_link_account on account_link (account_id, purpose);
