-- The documents a company names as evidence in answer to a follow-up question (ESPD questions of type
-- EVIDENCE_IDENTIFIER, written as cac:Evidence): where the buyer reads it, its reference, its
-- issuer and what it is; a URL or a reference at least.
create table dume.answer_evidence (
    response_id  uuid not null,
    code         text not null,
    property_id  text not null,
    url          text,
    reference    text,
    issuer       text,
    description  text,
    primary key (response_id, code, property_id),
    foreign key (response_id, code) references dume.answer (response_id, code) on delete cascade,
    check (url is not null or reference is not null)
);
