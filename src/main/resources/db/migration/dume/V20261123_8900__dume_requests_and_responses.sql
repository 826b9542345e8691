create schema dume;

-- The DUME (ESPD) request a buyer sets for a consultation: its criteria and the buyer's data.
create table dume.request (
    consultation_id  uuid primary key,
    updated_at       timestamp with time zone not null,
    updated_by       uuid not null
);

-- One row per criterion of the request (ESPD-EDM criterion code), in the catalogue's order.
create table dume.request_criterion (
    consultation_id  uuid not null references dume.request (consultation_id) on delete cascade,
    code             text not null,
    primary key (consultation_id, code)
);

-- A requirement's value set by the buyer (e.g. a minimum turnover), by ESPD property id.
create table dume.request_requirement (
    consultation_id  uuid not null references dume.request (consultation_id) on delete cascade,
    property_id      text not null,
    value            text not null,
    primary key (consultation_id, property_id)
);

-- A company's DUME response for a consultation: the economic operator as it declares itself.
create table dume.response (
    id               uuid primary key,
    company_id       uuid not null,
    consultation_id  uuid not null,
    siret            text,
    name             text not null,
    street           text not null,
    postcode         text not null,
    city             text not null,
    country          text not null,
    sme              boolean not null,
    legal_form       text,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    updated_by       uuid not null,
    unique (company_id, consultation_id)
);
create index response_by_company on dume.response (company_id, updated_at desc);

-- The answer to one criterion; requirement_digest records the buyer's data it answered, so that
-- an answer is reused only where the next request asks exactly the same.
create table dume.answer (
    response_id         uuid not null references dume.response (id) on delete cascade,
    code                text not null,
    indicator           boolean,
    amount              numeric(18, 2),
    text                text,
    requirement_digest  text not null,
    primary key (response_id, code)
);
