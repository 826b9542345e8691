create schema download;

-- The download register (registre des retraits): one row per download, anonymous ones without
-- any identity. Pieces are copied as they were, so the register stays true after addenda.
create table download.download (
    id              uuid primary key,
    consultation_id uuid not null,
    downloaded_at   timestamp with time zone not null,
    account_id      uuid,
    identified      boolean not null,
    given_name      text,
    family_name     text,
    company_name    text,
    email           text,
    language        text not null,
    whole_dce       boolean not null,
    check (not identified or (given_name is not null and family_name is not null and company_name is not null and email is not null))
);
create index download_by_consultation on download.download (consultation_id, downloaded_at desc);
create index download_by_account on download.download (account_id, downloaded_at desc) where account_id is not null;

create table download.downloaded_piece (
    download_id uuid not null references download.download (id) on delete cascade,
    position    int not null,
    document_id uuid not null,
    title       text not null,
    file_name   text not null,
    size_bytes  bigint not null,
    primary key (download_id, position)
);
