-- Backup copies (copies de sauvegarde, art. R2132-11 and the arrêté du 22 mars 2019): the buyer registers
-- each one received (paper or physical medium, sealed, with its time of receipt); the commission may open
-- one received in time only in the cases the law allows, with the case, the electronic deposit concerned
-- and why recorded. Written once; an unopened copy is destroyed by the buyer.
create table opening.backup_copy (
    id              uuid primary key,
    consultation_id uuid not null,
    company_name    text not null check (length(company_name) between 1 and 300),
    siret           text check (siret ~ '^[0-9]{14}$'),
    medium          text not null check (medium in ('PAPER', 'PHYSICAL_MEDIUM')),
    received_at     timestamp with time zone not null,
    in_time         boolean not null,
    recorded_by     uuid not null,
    recorded_at     timestamp with time zone not null,
    opening_case    text check (opening_case in ('MALWARE', 'NOT_RECEIVED', 'NOT_OPENABLE')),
    deposit_id      uuid,
    explanation     text check (length(explanation) between 1 and 2000),
    opened_by       uuid,
    opened_at       timestamp with time zone,
    check ((opened_at is null) = (opening_case is null)),
    check ((opened_at is null) = (opened_by is null)),
    check ((opened_at is null) = (explanation is null)),
    check (opened_at is null or in_time)
);
create index backup_copy_by_consultation on opening.backup_copy (consultation_id, received_at);
