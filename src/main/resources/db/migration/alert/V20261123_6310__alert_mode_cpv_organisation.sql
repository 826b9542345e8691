-- A saved search keeps the whole search of the consultation list that makes sense for new
-- consultations: how keywords match, a CPV code (the codes below it match too), an organisation.
alter table alert.saved_search
    add column mode            text not null default 'APPROACHING' check (mode in ('EXACT', 'APPROACHING')),
    add column cpv             text check (cpv ~ '^[0-9]{8}$'),
    add column organisation_id uuid;
