-- Deposits (plis): what a company handed in for a consultation. Rows hold metadata, hashes and the
-- content key wrapped for the consultation's opening key — never content, which stays sealed in
-- the blob store. The manifest is kept as the exact bytes whose SHA-256 the evidence log stamped.
create sequence submission.deposit_number;

create table submission.deposit (
    id                uuid primary key,
    number            text not null unique,
    consultation_id   uuid not null,
    company_id        uuid not null,
    depositor_id      uuid not null,
    locale            text not null,
    received_at       timestamp with time zone not null,
    late              boolean not null,
    test              boolean not null,
    backup_copy       text not null check (backup_copy in ('NONE', 'PHYSICAL', 'ELECTRONIC')),
    lots              integer[] not null,
    piece_count       integer not null check (piece_count > 0),
    plain_size        bigint not null check (plain_size >= 0),
    sealed_size       bigint not null check (sealed_size > 0),
    opening_key       text not null check (opening_key ~ '^[0-9a-f]{64}$'),
    wrapped_key       text not null,
    manifest          bytea not null,
    manifest_sha256   text not null check (manifest_sha256 ~ '^[0-9a-f]{64}$'),
    evidence_sequence bigint not null unique,
    superseded_by     uuid references submission.deposit (id),
    superseded_at     timestamp with time zone,
    receipt_sha256    text check (receipt_sha256 ~ '^[0-9a-f]{64}$'),
    receipt_issued_at timestamp with time zone,
    check ((superseded_by is null) = (superseded_at is null)),
    check ((receipt_sha256 is null) = (receipt_issued_at is null))
);
create index deposit_by_consultation on submission.deposit (consultation_id, received_at);
create index deposit_by_company on submission.deposit (company_id, received_at desc);
create index deposit_without_receipt on submission.deposit (received_at) where receipt_sha256 is null;

-- One file of a deposit, sealed (format OMS1, docs/sealing.md): its sealed bytes are the blob
-- whose address is sealed_sha256. A detached signature names the piece it signs.
create table submission.deposit_piece (
    deposit_id    uuid not null references submission.deposit (id),
    position      integer not null check (position >= 0),
    envelope      text not null check (envelope in ('APPLICATION', 'OFFER')),
    lot           integer,
    file_name     text not null,
    media_type    text not null,
    size          bigint not null check (size >= 0),
    plain_sha256  text not null check (plain_sha256 ~ '^[0-9a-f]{64}$'),
    sealed_size   bigint not null check (sealed_size > 0),
    sealed_sha256 text not null check (sealed_sha256 ~ '^[0-9a-f]{64}$'),
    chunk_size    integer not null,
    salt          text not null,
    signs         integer,
    primary key (deposit_id, position)
);

-- Members of a consortium (groupement) deposit, as the depositor declared them.
create table submission.deposit_partner (
    deposit_id uuid not null references submission.deposit (id),
    position   integer not null,
    name       text not null,
    siret      text,
    primary key (deposit_id, position)
);

-- The deposit an upload went into: one at most, set once (a file is never in two deposits).
-- Checked at commit: the upload is claimed before the deposit row is written, in one transaction.
alter table submission.upload add column deposit_id uuid references submission.deposit (id)
    deferrable initially deferred;
