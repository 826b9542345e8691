-- Changes (addenda) published after a consultation: each has a number, a reason and a date; the
-- documents it added, replaced or removed point to it. No document is ever deleted once the
-- consultation is public: a replaced or removed one stays, marked with the change that retired it.
create table consultation.change (
    id              uuid primary key,
    consultation_id uuid not null references consultation.consultation (id) on delete cascade,
    number          int not null check (number > 0),
    reason          text not null check (length(btrim(reason)) > 0),
    published_at    timestamp with time zone not null,
    unique (consultation_id, number)
);

alter table consultation.document
    -- the change that added this document; null when it was there at publication
    add column added_in   int check (added_in > 0),
    -- the change that replaced or removed it; null while it is a current document
    add column removed_in int check (removed_in > 0),
    -- the document this one replaced
    add column replaces   uuid references consultation.document (id),
    add check (removed_in is null or added_in is null or removed_in > added_in);

create index document_current_idx on consultation.document (consultation_id) where removed_in is null;
