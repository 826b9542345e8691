create schema opendata;

-- The record of a contract (marché) awarded for a consultation or one of its lots: what the
-- essential data (DECP) publish. A draft until the buyer publishes it; published, it never changes.
create table opendata.contract (
    id                     uuid primary key,
    consultation_id        uuid not null,
    lot                    integer,
    entity_id              uuid not null,
    buyer_siret            text not null,
    buyer_name             text not null,
    decp_id                text not null,
    nature                 text not null,
    object                 text not null,
    cpv                    text not null,
    techniques             text not null,
    execution_modes        text not null,
    innovative             boolean not null,
    ccag                   text not null,
    offers_received        integer,
    advance                boolean not null,
    advance_rate           numeric(5, 4),
    grouping               text not null,
    subcontracting         boolean not null,
    procedure              text not null,
    place_code             text not null,
    place_type             text not null,
    duration_months        integer,
    notified_on            date,
    amount                 numeric(16, 2),
    price_types            text not null,
    price_form             text not null,
    social                 text not null,
    environmental          text not null,
    state                  text not null,
    published_on           date,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    version                integer not null
);

-- One record per consultation and lot (lot null: a consultation without lots).
create unique index contract_per_lot on opendata.contract (consultation_id, coalesce(lot, 0));
-- The DECP id is the buyer's internal number: unique for each buyer.
create unique index contract_decp_id on opendata.contract (buyer_siret, decp_id);
create index contract_published on opendata.contract (state, published_on desc);

-- The holders (titulaires) of a contract, in their order: the first is the lead of a grouping.
create table opendata.contract_holder (
    contract_id            uuid not null references opendata.contract (id) on delete cascade,
    position               integer not null,
    id_type                text not null,
    identifier             text not null,
    name                   text not null,
    primary key (contract_id, position)
);

-- Each buyer's sequence of internal numbers, per year, for the DECP ids.
create table opendata.decp_sequence (
    buyer_siret            text not null,
    year                   integer not null,
    last_number            integer not null,
    primary key (buyer_siret, year)
);
