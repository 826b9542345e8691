-- Themed portals (e.g. « achats.defense.gouv.fr » for the ministry of the armed forces): a portal
-- shows the consultations of the organisations it lists; the consultation search filters by it.
create table organisation.portal (
    code        varchar(40) primary key,
    name        varchar(200) not null unique,
    description text,
    position    integer not null default 0
);

create table organisation.portal_organisation (
    portal_code     varchar(40) not null references organisation.portal (code) on delete cascade,
    organisation_id uuid not null references organisation.organisation (id),
    primary key (portal_code, organisation_id)
);
