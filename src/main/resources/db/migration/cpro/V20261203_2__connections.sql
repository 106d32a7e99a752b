-- Raccordements: a structure's technical users, with the password the API checks (an adaptive hash) and its expiry.
create table technical_account (
    id            bigint generated always as identity primary key,
    structure_id  bigint       not null references structure (id),
    account_id    bigint       not null unique references account (id),
    login         varchar(254) not null unique,
    password_hash varchar(200) not null,
    expires_at    timestamptz  not null,
    created_at    timestamptz  not null,
    created_by    bigint,
    version       int          not null default 0
);
create index technical_account_structure on technical_account (structure_id);

-- API clients (OAuth2 client credentials): the secret is kept as an adaptive hash only.
create table api_client (
    id            bigint generated always as identity primary key,
    structure_id  bigint       not null references structure (id),
    client_id     varchar(64)  not null unique,
    secret_hash   varchar(200) not null,
    name          varchar(100) not null,
    created_at    timestamptz  not null,
    created_by    bigint,
    version       int          not null default 0
);
create index api_client_structure on api_client (structure_id);

-- Access tokens given by /api/oauth/token: only their SHA-256 is kept, so every node can check them.
create table api_token (
    token_hash  bytea       primary key,
    client_id   bigint      not null references api_client (id) on delete cascade,
    expires_at  timestamptz not null
);
create index api_token_expiry on api_token (expires_at);

-- Files sent with ajouterFichierDansSysteme, kept for the technical user's next soumettreFacture.
create table api_file (
    id          bigint generated always as identity primary key,
    account_id  bigint       not null references account (id),
    name        varchar(255) not null,
    mime_type   varchar(100),
    content     bytea        not null,
    created_at  timestamptz  not null
);
create index api_file_account on api_file (account_id, created_at);

-- Idempotency-Key: the first answer to a deposit, given again when the same key is sent again.
create table api_idempotency (
    account_id    bigint       not null references account (id),
    key           varchar(255) not null,
    request_hash  varchar(64)  not null,
    response      text         not null,
    created_at    timestamptz  not null,
    primary key (account_id, key)
);
