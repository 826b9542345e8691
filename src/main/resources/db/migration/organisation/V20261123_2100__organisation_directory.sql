create schema organisation;

-- A ministry or an agency.
create table organisation.organisation (
    id         uuid primary key,
    name       text not null unique,
    acronym    text,
    kind       text not null check (kind in ('MINISTRY', 'AGENCY')),
    created_at timestamp with time zone not null,
    version    bigint not null default 0
);

-- A purchasing entity (entité d'achat) of an organisation.
create table organisation.purchasing_entity (
    id              uuid primary key,
    organisation_id uuid not null references organisation.organisation (id),
    name            text not null,
    acronym         text,
    siret           text not null unique check (siret ~ '^[0-9]{14}$'),
    street          text not null,
    postcode        text not null check (postcode ~ '^[0-9]{5}$'),
    city            text not null,
    department      text not null check (department ~ '^([0-9]{2}|2A|2B|97[0-9])$'),
    email           text not null,
    phone           text,
    created_at      timestamp with time zone not null,
    version         bigint not null default 0
);
create index purchasing_entity_organisation_idx on organisation.purchasing_entity (organisation_id);
create index purchasing_entity_department_idx on organisation.purchasing_entity (department);

-- The services (bureaux) of an entity.
create table organisation.office (
    id        uuid primary key,
    entity_id uuid not null references organisation.purchasing_entity (id) on delete cascade,
    name      text not null,
    position  int not null,
    unique (entity_id, name)
);

-- A person (identity account, referenced by id only) acting for an entity.
create table organisation.buyer_agent (
    id           uuid primary key,
    account_id   uuid not null,
    entity_id    uuid not null references organisation.purchasing_entity (id),
    appointed_at timestamp with time zone not null,
    version      bigint not null default 0,
    unique (account_id, entity_id)
);
create index buyer_agent_entity_idx on organisation.buyer_agent (entity_id);

create table organisation.buyer_agent_role (
    agent_id uuid not null references organisation.buyer_agent (id) on delete cascade,
    role     text not null check (role in ('ENTITY_ADMINISTRATOR', 'BUYER', 'COMMISSION_MEMBER')),
    primary key (agent_id, role)
);
