-- Two-factor sign-in (TOTP): the secret shared with a person's authenticator app, sealed with
-- AES-256-GCM (key outside the database), confirmed by a first code; the last step whose code was
-- accepted, so that no code is accepted twice.
create table identity.authenticator (
    account_id     uuid primary key references identity.account (id) on delete cascade,
    sealed_secret  bytea not null,
    confirmed_at   timestamp with time zone,
    last_used_step bigint not null default 0,
    created_at     timestamp with time zone not null
);
