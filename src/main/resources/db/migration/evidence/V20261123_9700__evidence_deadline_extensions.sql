-- Deadline extensions decided by a buyer after an outage of the platform in the last hour before a
-- consultation's deposit deadline (docs/evidence.md, "Outage-driven deadline extension"): the rule's
-- facts (the window and its periods not UP, from the availability log) and the decision (who, when,
-- the deadline before and after, the reason). Each row is also chained into the evidence log.
create table evidence.deadline_extension (
    id                uuid primary key,
    consultation_id   uuid not null,
    decided_by        uuid not null,
    decided_at        timestamp with time zone not null,
    previous_deadline timestamp with time zone not null,
    new_deadline      timestamp with time zone not null check (new_deadline > previous_deadline),
    reason            text not null check (length(reason) between 1 and 2000),
    reopened          boolean not null,
    window_start      timestamp with time zone not null,
    window_end        timestamp with time zone not null check (window_end > window_start),
    outage            text not null,
    evidence_sequence bigint not null unique
);
create index deadline_extension_by_consultation on evidence.deadline_extension (consultation_id, decided_at);
