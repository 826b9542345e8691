-- The answers to the follow-up questions a yes/no answer calls for (ESPD groups ONTRUE / ONFALSE:
-- a conviction's date and period, an SME's number of employees…), by ESPD property id.
create table dume.answer_detail (
    response_id  uuid not null,
    code         text not null,
    property_id  text not null,
    value        text not null,
    primary key (response_id, code, property_id),
    foreign key (response_id, code) references dume.answer (response_id, code) on delete cascade
);
