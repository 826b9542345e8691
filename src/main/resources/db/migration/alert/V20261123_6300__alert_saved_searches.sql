create schema alert;

-- Saved searches and their alerts. watermark: consultations published up to it were announced;
-- next_run_at: when the alert is next looked at (taken with "for update skip locked").
create table alert.saved_search (
    id                     uuid primary key,
    account_id             uuid not null,
    email                  text not null,
    language               text not null,
    name                   text not null,
    keywords               text,
    category               text,
    procedure              text,
    department             text,
    entity_id              uuid,
    frequency              text not null check (frequency in ('IMMEDIATE', 'DAILY')),
    created_at             timestamp with time zone not null,
    watermark              timestamp with time zone not null,
    next_run_at            timestamp with time zone not null,
    unsubscribe_token      text not null unique
);
create index saved_search_due on alert.saved_search (next_run_at);
create index saved_search_by_account on alert.saved_search (account_id, created_at desc);
