create schema submission;

-- Resumable uploads of deposit files, already encrypted by the client: the server sees ciphertext
-- only. Chunks wait on disk under openmarches.submission.uploads-dir/<upload id>/; a row of
-- upload_chunk is written once its file is in place, so a row always stands for a whole,
-- checked chunk. Completion joins the chunks into one blob of the blob store, then records its
-- SHA-256 here and drops the chunk rows in one transaction.
create table submission.upload (
    id              uuid primary key,
    consultation_id uuid not null,
    company_id      uuid not null,
    uploader_id     uuid not null,
    label           text not null check (length(label) between 1 and 255),
    total_size      bigint not null check (total_size > 0),
    chunk_size      integer not null check (chunk_size between 1048576 and 67108864),
    chunk_count     integer not null check (chunk_count > 0),
    state           text not null check (state in ('RECEIVING', 'COMPLETE')),
    created_at      timestamp with time zone not null,
    last_chunk_at   timestamp with time zone not null,
    blob_sha256     text check (blob_sha256 ~ '^[0-9a-f]{64}$'),
    completed_at    timestamp with time zone,
    check (state = 'RECEIVING' or (blob_sha256 is not null and completed_at is not null))
);
create index upload_receiving_by_last_chunk on submission.upload (last_chunk_at) where state = 'RECEIVING';
create index upload_by_company on submission.upload (company_id, created_at desc);

create table submission.upload_chunk (
    upload_id   uuid not null references submission.upload (id) on delete cascade,
    chunk_index integer not null check (chunk_index >= 0),
    size        bigint not null check (size > 0),
    sha256      text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    received_at timestamp with time zone not null,
    primary key (upload_id, chunk_index)
);
