create schema opening;

-- A commission member's personal key pair, made in their browser: the public key, and the private
-- key protected by a passphrase only the member knows (PBKDF2 + AES-GCM box, opaque JSON here).
create table opening.member_key (
    account_id            uuid primary key,
    public_key            text not null,
    fingerprint           text not null,
    protected_private_key text not null,
    created_at            timestamp with time zone not null,
    version               bigint not null default 0
);

-- A consultation's opening commission and opening public key, as the ceremony left them. The
-- opening private key exists nowhere in one piece: only as the shares below.
create table opening.commission (
    consultation_id uuid primary key,
    entity_id       uuid not null,
    public_key      text not null,
    fingerprint     text not null,
    quorum          integer not null check (quorum >= 1),
    made_at         timestamp with time zone not null,
    made_by         uuid,
    version         bigint not null default 0
);

-- One Shamir share of the opening private key per member, sealed for the member's public key
-- (hybrid sealed box, opaque JSON here): the server can read none of them.
create table opening.share (
    consultation_id    uuid not null references opening.commission (consultation_id) on delete cascade,
    position           integer not null,
    member_id          uuid not null,
    member_fingerprint text not null,
    sealed_share       text not null,
    primary key (consultation_id, position),
    unique (consultation_id, member_id)
);
create index share_by_member on opening.share (member_id);
