create schema evidence;

-- The evidence log: an append-only, hash-chained list of what happened (a deposit received…).
-- entry_hash = SHA-256(previous_hash || canonical fields); see EntryHash for the exact encoding.
-- Rows are never updated nor deleted by the application.
create table evidence.entry (
    sequence        bigint primary key check (sequence > 0),
    recorded_at     timestamp with time zone not null,
    kind            text not null,
    subject_id      uuid not null,
    payload_sha256  bytea not null check (length(payload_sha256) = 32),
    timestamp_token bytea not null,
    previous_hash   bytea not null unique check (length(previous_hash) = 32),
    entry_hash      bytea not null unique check (length(entry_hash) = 32)
);
create index entry_by_subject on evidence.entry (subject_id, sequence);

-- The one row every writer locks (select … for update) to append: the last sequence and its hash.
-- Sequence 0 with 32 zero bytes stands before the first entry.
create table evidence.head (
    id         boolean primary key default true check (id),
    sequence   bigint not null,
    entry_hash bytea not null check (length(entry_hash) = 32)
);
insert into evidence.head (id, sequence, entry_hash) values (true, 0, decode(repeat('00', 32), 'hex'));
