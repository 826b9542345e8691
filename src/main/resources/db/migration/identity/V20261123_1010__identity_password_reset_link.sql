-- Links mailed to choose a new password. Only the SHA-256 of the link's token is kept.
create table identity.password_reset_link (
    id           uuid primary key,
    account_id   uuid not null references identity.account (id) on delete cascade,
    token_hash   bytea not null unique check (length(token_hash) = 32),
    requested_at timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone
);
create index password_reset_link_account_idx on identity.password_reset_link (account_id, requested_at);
