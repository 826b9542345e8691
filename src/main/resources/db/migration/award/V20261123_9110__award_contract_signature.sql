-- The contract of an awarded lot: sent by the buyer to the holder, signed by the holder on the platform
-- (a PAdES copy of the very PDF sent, or a detached CAdES/XAdES signature of it), then concluded
-- (signed by the buyer) once the standstill is over. A message of kind CONTRACT announces it.

alter table award.message drop constraint message_kind_check;
alter table award.message add constraint message_kind_check
    check (kind in ('AWARD', 'REJECTION', 'UNSUCCESSFUL', 'DOCUMENT_REQUEST', 'CONTRACT'));
alter table award.message drop constraint message_check1;
alter table award.message add constraint message_letter_check
    check ((kind in ('DOCUMENT_REQUEST', 'CONTRACT')) = (pdf is null));

create table award.contract (
    consultation_id   uuid not null,
    lot               integer not null,
    company_id        uuid not null,
    message_id        uuid not null references award.message,
    file_name         text not null check (length(file_name) between 1 and 255),
    document          bytea not null,
    sha256            text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    sent_by           uuid not null,
    sent_at           timestamp with time zone not null,
    signed_file_name  text check (length(signed_file_name) between 1 and 255),
    signed_document   bytea,
    signature_status  text check (signature_status in ('VALID', 'INDETERMINATE')),
    signers           text,
    qualified         boolean,
    signature_report  bytea,
    signed_by         uuid,
    signed_at         timestamp with time zone,
    concluded_by      uuid,
    concluded_at      timestamp with time zone,
    primary key (consultation_id, lot),
    foreign key (consultation_id, lot) references award.decision,
    check ((signed_at is null) = (signed_document is null)),
    check ((signed_at is null) = (signature_status is null)),
    check (concluded_at is null or signed_at is not null)
);
