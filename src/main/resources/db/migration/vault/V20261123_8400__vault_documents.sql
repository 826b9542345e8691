create schema vault;

-- A company's administrative documents (coffre-fort); each upload is a version, never replaced.
create table vault.document (
    id          uuid primary key,
    company_id  uuid not null,
    type        text not null,
    title       text not null,
    created_at  timestamp with time zone not null
);
create index document_by_company on vault.document (company_id);

create table vault.version (
    id           uuid primary key,
    document_id  uuid not null references vault.document (id) on delete cascade,
    number       integer not null,
    issued_on    date not null,
    valid_until  date,
    file_name    text not null,
    media_type   text not null,
    size         bigint not null,
    sha256       text not null,
    uploaded_by  uuid not null,
    uploaded_at  timestamp with time zone not null,
    unique (document_id, number)
);
create index version_by_validity on vault.version (valid_until);

-- Expiry mails sent: once per version and threshold (30 or 7 days before).
create table vault.expiry_notice (
    version_id  uuid not null references vault.version (id) on delete cascade,
    days_before integer not null,
    sent_at     timestamp with time zone not null,
    primary key (version_id, days_before)
);
