-- A company's answers to a request for missing documents: a text and files (kept in the blob store by
-- their SHA-256), sent by a member, read by the consultation's buyers. Late answers are kept and flagged.
create table award.document_reply (
    id          uuid primary key,
    message_id  uuid not null references award.message,
    text        text check (length(text) <= 4000),
    late        boolean not null,
    sent_by     uuid not null,
    sent_at     timestamp with time zone not null
);
create index document_reply_by_message on award.document_reply (message_id, sent_at);

create table award.document_reply_file (
    reply_id    uuid not null references award.document_reply on delete cascade,
    position    integer not null check (position between 0 and 19),
    file_name   text not null check (length(file_name) between 1 and 255),
    media_type  text not null,
    size        bigint not null check (size > 0),
    sha256      text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    primary key (reply_id, position)
);
