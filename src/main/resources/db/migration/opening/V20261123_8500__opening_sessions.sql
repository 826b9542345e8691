-- An opening session (séance d'ouverture): k commission members meet to open one envelope of a
-- consultation's deposits. The host's browser made the session key pair; only its public key is
-- here. One session at most is in progress per consultation.
create table opening.session (
    id                  uuid primary key,
    consultation_id     uuid not null references opening.commission (consultation_id),
    envelope            text not null check (envelope in ('APPLICATION', 'OFFER')),
    host_id             uuid not null,
    session_public_key  text not null,
    session_fingerprint text not null check (session_fingerprint ~ '^[0-9a-f]{64}$'),
    started_at          timestamp with time zone not null,
    ended_at            timestamp with time zone,
    version             bigint not null default 0
);
create unique index session_in_progress on opening.session (consultation_id) where ended_at is null;
create index session_by_consultation on opening.session (consultation_id, started_at);

-- A member present at a session: their share of the opening key, re-sealed in their browser for the
-- session public key (opaque JSON: the server cannot open it), and when they joined.
create table opening.session_share (
    session_id   uuid not null references opening.session (id) on delete cascade,
    member_id    uuid not null,
    sealed_share text not null,
    joined_at    timestamp with time zone not null,
    primary key (session_id, member_id)
);

-- What became of one piece of a deposit when the host handed its file key: opened, opened but not
-- the bytes declared, not opening, seal broken past chunk 0, or the stored blob altered. The file
-- key of a piece that opened is kept wrapped under the platform key (AES-256-GCM), never in clear;
-- the plaintext is never stored.
create table opening.piece (
    deposit_id       uuid not null,
    position         integer not null check (position >= 0),
    consultation_id  uuid not null,
    session_id       uuid not null references opening.session (id),
    envelope         text not null check (envelope in ('APPLICATION', 'OFFER')),
    outcome          text not null check (outcome in ('OPENED', 'HASH_MISMATCH', 'DOES_NOT_OPEN', 'SEAL_BROKEN', 'STORAGE_ALTERED')),
    plain_sha256     text check (plain_sha256 ~ '^[0-9a-f]{64}$'),
    wrapped_file_key text,
    tried_at         timestamp with time zone not null,
    tried_by         uuid not null,
    attempts         integer not null default 1,
    version          bigint not null default 0,
    primary key (deposit_id, position),
    check ((outcome in ('OPENED', 'HASH_MISMATCH')) = (wrapped_file_key is not null))
);
create index piece_by_consultation on opening.piece (consultation_id);

-- A commission member's decision on a late deposit (pli hors délai), with its reason: until one is
-- recorded, the server refuses the late deposit's file keys.
create table opening.late_decision (
    deposit_id      uuid primary key,
    consultation_id uuid not null,
    decided_by      uuid not null,
    decided_at      timestamp with time zone not null,
    reason          text not null check (length(reason) between 1 and 2000)
);
