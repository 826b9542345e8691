-- Companies established abroad have no SIREN: they are told apart by country and the identifier
-- of their own register. Checked for new rows only (NOT VALID): older test rows may lack it.
alter table company.company add column national_id text;
alter table company.company add constraint company_identified
    check (siren is not null or national_id is not null) not valid;
create unique index company_abroad_identifier on company.company (country, national_id) where siren is null;

-- The directory searches names folded to lower case without accents (kept by the application).
alter table company.company add column search_name text;
update company.company
   set search_name = translate(lower(name), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy');
alter table company.company alter column search_name set not null;
create index company_search_name_idx on company.company (search_name);

-- The fiche: how the company presents itself in the directory of economic operators.
alter table company.company add column presentation text;
alter table company.company add column website text;
alter table company.company add column listed boolean not null default true;

-- Activities as CPV codes; activity_scope holds them and all their ancestors, so that a search
-- for a division finds the companies working on any code below it.
create table company.activity (
    company_id uuid not null references company.company (id) on delete cascade,
    cpv_code   text not null check (cpv_code ~ '^[0-9]{8}$'),
    primary key (company_id, cpv_code)
);
create table company.activity_scope (
    company_id uuid not null references company.company (id) on delete cascade,
    cpv_code   text not null check (cpv_code ~ '^[0-9]{8}$'),
    primary key (company_id, cpv_code)
);
create index activity_scope_code_idx on company.activity_scope (cpv_code);

create table company.region_served (
    company_id uuid not null references company.company (id) on delete cascade,
    region     text not null,
    primary key (company_id, region)
);
create index region_served_region_idx on company.region_served (region);

create table company.reference (
    company_id  uuid not null references company.company (id) on delete cascade,
    position    integer not null,
    title       text not null,
    client      text not null,
    year        integer check (year between 1900 and 2200),
    description text,
    primary key (company_id, position)
);

create table company.certification (
    company_id uuid not null references company.company (id) on delete cascade,
    position   integer not null,
    name       text not null,
    primary key (company_id, position)
);

-- Members: locked by an administrator (with the reason told at sign-in), attached to an establishment.
alter table company.member add column status text not null default 'ACTIVE' check (status in ('ACTIVE', 'LOCKED'));
alter table company.member add column locked_reason text;
alter table company.member add column establishment_siret text check (establishment_siret ~ '^[0-9]{14}$');

-- Product fiches; the picture is a blob of the platform's store, named by its SHA-256.
create table company.product (
    id          uuid primary key,
    company_id  uuid not null references company.company (id) on delete cascade,
    name        text not null,
    description text not null,
    cpv_code    text not null check (cpv_code ~ '^[0-9]{8}$'),
    image_blob  text check (image_blob ~ '^[0-9a-f]{64}$'),
    image_type  text check (image_type in ('PNG', 'JPEG', 'WEBP')),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null default 0,
    check ((image_blob is null) = (image_type is null))
);
create index product_company_idx on company.product (company_id);
