create schema award;

-- The award criteria of one lot of a consultation (lot 0: the consultation has no lots), in the
-- order the buyer gave them; their weights sum to 100 (checked by the application, per lot).
create table award.criterion (
    consultation_id uuid not null,
    lot             integer not null check (lot >= 0),
    position        integer not null check (position >= 0),
    kind            text not null check (kind in ('PRICE', 'TECHNICAL', 'OTHER')),
    label           text not null check (length(label) between 1 and 200),
    weight          integer not null check (weight between 1 and 100),
    max_score       numeric(9, 2) not null check (max_score > 0),
    primary key (consultation_id, lot, position)
);

-- The buyer's assessment of one admitted bid for one lot: the amount read in the offer, a comment,
-- or the reason the bid was set aside (irregular, unacceptable, inappropriate offer).
create table award.assessment (
    consultation_id uuid not null,
    lot             integer not null check (lot >= 0),
    deposit_id      uuid not null,
    amount          numeric(15, 2) check (amount > 0),
    comment         text check (length(comment) <= 4000),
    excluded_reason text check (length(excluded_reason) <= 2000),
    updated_by      uuid not null,
    updated_at      timestamp with time zone not null,
    primary key (consultation_id, lot, deposit_id)
);

-- One score of an assessment, per criterion position (price criteria are computed, not stored).
create table award.score (
    consultation_id uuid not null,
    lot             integer not null,
    deposit_id      uuid not null,
    position        integer not null,
    score           numeric(9, 2) not null check (score >= 0),
    primary key (consultation_id, lot, deposit_id, position),
    foreign key (consultation_id, lot, deposit_id) references award.assessment on delete cascade
);

-- The decision on a lot, once: awarded to one bid (its company as it was then), or declared
-- unsuccessful (infructueux) with a reason. Who and when.
create table award.decision (
    consultation_id uuid not null,
    lot             integer not null check (lot >= 0),
    outcome         text not null check (outcome in ('AWARDED', 'UNSUCCESSFUL')),
    deposit_id      uuid,
    company_id      uuid,
    company_name    text,
    siren           text,
    siret           text,
    amount          numeric(15, 2),
    total           numeric(7, 2),
    reason          text check (length(reason) <= 2000),
    decided_by      uuid not null,
    decided_at      timestamp with time zone not null,
    primary key (consultation_id, lot),
    check ((outcome = 'AWARDED') = (deposit_id is not null and company_id is not null and amount is not null)),
    check (outcome = 'AWARDED' or reason is not null)
);

-- A message to a company in its space: a letter (award, rejection, unsuccessful lot, with its PDF)
-- or a request for missing documents with a deadline. The first opening by a member of the company
-- is the legal notification date; later openings do not change it.
create table award.message (
    id                 uuid primary key,
    consultation_id    uuid not null,
    lot                integer not null check (lot >= 0),
    company_id         uuid not null,
    deposit_id         uuid not null,
    kind               text not null check (kind in ('AWARD', 'REJECTION', 'UNSUCCESSFUL', 'DOCUMENT_REQUEST')),
    subject            text not null,
    body               text not null,
    pdf                bytea,
    reply_by           timestamp with time zone,
    standstill_ends_on date,
    sent_by            uuid not null,
    sent_at            timestamp with time zone not null,
    first_opened_at    timestamp with time zone,
    first_opened_by    uuid,
    check ((first_opened_at is null) = (first_opened_by is null)),
    check ((kind = 'DOCUMENT_REQUEST') = (pdf is null))
);
create index message_by_company on award.message (company_id, sent_at desc);
create index message_by_consultation on award.message (consultation_id, lot);
