create schema identity;

create table identity.account (
    id            uuid primary key,
    email         text not null unique check (email = lower(email)),
    password_hash text not null,
    given_name    text not null,
    family_name   text not null,
    phone         text,
    status        text not null check (status in ('ACTIVE', 'LOCKED')),
    locked_reason text,
    created_at    timestamp with time zone not null,
    version       bigint not null default 0
);

create table identity.account_role (
    account_id uuid not null references identity.account (id) on delete cascade,
    role       text not null,
    primary key (account_id, role)
);
