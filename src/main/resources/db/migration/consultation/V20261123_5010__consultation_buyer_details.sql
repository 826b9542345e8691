-- What buyers now say when they draft a consultation, and what the platform works out from it.
alter table consultation.consultation
    -- two phases: after the applications, only the candidates invited take part in the second
    add column restricted          boolean not null default false,
    -- a defence or security contract (directive 2009/81/EC): its own EU threshold
    add column defence_or_security boolean not null default false,
    -- awarded as a utility (entité adjudicatrice: water, energy, transport, postal services)
    add column utilities           boolean not null default false,
    -- what sort of public buyer awards it, which sets the EU threshold for supplies and services
    add column buyer_kind          text not null default 'OTHER_CONTRACTING_AUTHORITY'
        check (buyer_kind in ('CENTRAL_GOVERNMENT', 'OTHER_CONTRACTING_AUTHORITY')),
    -- at or above the EU threshold: the notice goes to the Official Journal of the EU (JOUE)
    add column eu_publication      boolean not null default false,
    add column created_at          timestamp with time zone not null default now();

-- Consultations that were already public kept their procedure's access: a restricted tender is
-- restricted.
update consultation.consultation set restricted = true where procedure = 'RESTRICTED_TENDER';
alter table consultation.consultation
    add constraint consultation_restricted_tender_check
        check ((procedure <> 'RESTRICTED_TENDER' or restricted) and (procedure <> 'OPEN_TENDER' or not restricted));

create index consultation_entity_state_idx on consultation.consultation (purchasing_entity_id, state);
