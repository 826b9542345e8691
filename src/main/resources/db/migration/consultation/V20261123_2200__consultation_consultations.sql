create schema consultation;

-- A consultation. The purchasing entity is another module's: referenced by id only.
create table consultation.consultation (
    id                   uuid primary key,
    purchasing_entity_id uuid not null,
    reference            text not null,
    title                text not null,
    object               text not null,
    procedure            text not null check (procedure in ('MAPA', 'OPEN_TENDER', 'RESTRICTED_TENDER', 'NEGOTIATED',
                                                            'COMPETITIVE_DIALOGUE', 'CONCESSION')),
    category             text not null check (category in ('WORKS', 'SUPPLIES', 'SERVICES')),
    main_cpv             text not null check (main_cpv ~ '^[0-9]{8}-[0-9]$'),
    department           text check (department ~ '^([0-9]{2}|2A|2B|97[0-9])$'),
    estimated_value      numeric(15, 2) check (estimated_value >= 0),
    questions_deadline   timestamp with time zone,
    deposit_deadline     timestamp with time zone not null,
    signature_required   boolean not null,
    test                 boolean not null,
    state                text not null check (state in ('DRAFT', 'PUBLISHED', 'CLOSED', 'OPENED', 'AWARDED',
                                                        'UNSUCCESSFUL', 'CANCELLED')),
    published_at         timestamp with time zone,
    closed_at            timestamp with time zone,
    opened_at            timestamp with time zone,
    decided_at           timestamp with time zone,
    cancelled_at         timestamp with time zone,
    cancellation_reason  text,
    -- when the chronograph must look at it again (the deposit deadline while published)
    next_check_at        timestamp with time zone,
    version              bigint not null default 0,
    unique (purchasing_entity_id, reference),
    check (questions_deadline is null or questions_deadline <= deposit_deadline),
    check (state <> 'CANCELLED' or cancellation_reason is not null)
);
create index consultation_due_idx on consultation.consultation (next_check_at) where next_check_at is not null;
create index consultation_public_idx on consultation.consultation (state, deposit_deadline) where not test;
create index consultation_entity_idx on consultation.consultation (purchasing_entity_id);

create table consultation.additional_cpv (
    consultation_id uuid not null references consultation.consultation (id) on delete cascade,
    position        int not null,
    code            text not null check (code ~ '^[0-9]{8}-[0-9]$'),
    primary key (consultation_id, position)
);

create table consultation.expected_envelope (
    consultation_id uuid not null references consultation.consultation (id) on delete cascade,
    envelope        text not null check (envelope in ('APPLICATION', 'OFFER')),
    primary key (consultation_id, envelope)
);

create table consultation.lot (
    id              uuid primary key,
    consultation_id uuid not null references consultation.consultation (id) on delete cascade,
    number          int not null check (number > 0),
    title           text not null,
    cpv             text check (cpv ~ '^[0-9]{8}-[0-9]$'),
    estimated_value numeric(15, 2) check (estimated_value >= 0),
    unique (consultation_id, number)
);

-- A document: a file of the blob store (by SHA-256), or a piece on paper with how to obtain it.
create table consultation.document (
    id              uuid primary key,
    consultation_id uuid not null references consultation.consultation (id) on delete cascade,
    kind            text not null check (kind in ('NOTICE', 'RULES', 'PIECE')),
    position        int not null,
    title           text not null,
    file_name       text,
    media_type      text,
    size_bytes      bigint check (size_bytes >= 0),
    sha256          text check (sha256 ~ '^[0-9a-f]{64}$'),
    how_to_obtain   text,
    check ((sha256 is not null and file_name is not null and media_type is not null and size_bytes is not null
            and how_to_obtain is null)
        or (sha256 is null and how_to_obtain is not null and kind = 'PIECE'))
);
create index document_consultation_idx on consultation.document (consultation_id);
