create schema company;

-- A legal unit of the SIRENE register, or a company established abroad (no SIREN).
create table company.company (
    id            uuid primary key,
    siren         text unique check (siren ~ '^[0-9]{9}$'),
    name          text not null,
    legal_form    text not null,
    activity_code text check (activity_code ~ '^[0-9]{2}\.[0-9]{2}[A-Z]$'),
    sme           boolean not null,
    street        text not null,
    postcode      text not null,
    city          text not null,
    country       text not null check (country ~ '^[A-Z]{2}$'),
    registered_at timestamp with time zone not null,
    version       bigint not null default 0,
    check (country <> 'FR' or siren is not null)
);

-- One head office per company is kept by the aggregate: a partial unique index would trip over
-- the moment where the new head office is inserted before the old one is updated.
create table company.establishment (
    id          uuid primary key,
    company_id  uuid not null references company.company (id) on delete cascade,
    siret       text not null unique check (siret ~ '^[0-9]{14}$'),
    head_office boolean not null,
    street      text not null,
    postcode    text not null,
    city        text not null,
    country     text not null check (country ~ '^[A-Z]{2}$')
);
create index establishment_company_idx on company.establishment (company_id);

-- A person (identity account, referenced by id only) belongs to one company.
create table company.member (
    id         uuid primary key,
    company_id uuid not null references company.company (id) on delete cascade,
    account_id uuid not null unique,
    role       text not null check (role in ('MEMBER', 'ADMINISTRATOR')),
    joined_at  timestamp with time zone not null
);
create index member_company_idx on company.member (company_id);
