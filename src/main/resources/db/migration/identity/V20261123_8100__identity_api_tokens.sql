-- Personal API tokens, for scripts and the command-line client: a name, an optional expiry, the
-- last time it was used, revoked or not. Only the SHA-256 of the secret is kept; the person sees
-- the secret once, when the token is made.
create table identity.api_token (
    id           uuid primary key,
    account_id   uuid not null references identity.account (id) on delete cascade,
    name         varchar(80) not null,
    secret_sha256 bytea not null unique,
    hint         varchar(16) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);

create index api_token_account on identity.api_token (account_id, created_at);
