-- Entries fed by the other modules' events carry their statement: a small canonical JSON text
-- (RFC 8785) whose SHA-256 is the entry's payload_sha256, so the chain's encoding is unchanged.
-- Those entries have no timestamp token of their own (an empty token): the daily head covers them.
alter table evidence.entry add column consultation_id uuid;
alter table evidence.entry add column statement text;
alter table evidence.entry add constraint entry_statement_is_its_payload
    check (statement is null or sha256(convert_to(statement, 'UTF8')) = payload_sha256);
create index entry_by_consultation on evidence.entry (consultation_id, sequence) where consultation_id is not null;
-- an event delivered twice (a crash between the entry's commit and the publication's completion)
-- is chained once
create unique index entry_once_per_fact on evidence.entry (kind, subject_id, payload_sha256) where statement is not null;

-- Each day's head: the log's last entry when the day was closed, timestamped (RFC 3161) on its
-- entry_hash. Published on /transparence and as open data.
create table evidence.daily_head (
    day             date primary key,
    sequence        bigint not null check (sequence > 0),
    entry_hash      bytea not null check (length(entry_hash) = 32),
    timestamp_token bytea not null,
    stamped_at      timestamp with time zone not null
);
create index daily_head_by_sequence on evidence.daily_head (sequence);

-- When the next day's head is due (the next midnight, Europe/Paris): one row, taken by one
-- instance at a time (for update skip locked).
create table evidence.stamping (
    id            boolean primary key default true check (id),
    next_check_at timestamp with time zone not null
);
insert into evidence.stamping (id, next_check_at)
values (true, (date_trunc('day', now() at time zone 'Europe/Paris') + interval '1 day') at time zone 'Europe/Paris');

-- Append-only: the application never updates nor deletes an entry or a daily head, and the
-- database refuses it. A superuser or the tables' owner can still drop or disable the trigger
-- (or set session_replication_role = replica): that is why the chain and the published,
-- timestamped heads exist, and why anyone can verify them.
create function evidence.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the evidence log is append-only: % on %.% refused', tg_op, tg_table_schema, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;
create trigger entry_append_only before update or delete on evidence.entry
    for each row execute function evidence.refuse_change();
create trigger entry_no_truncate before truncate on evidence.entry
    for each statement execute function evidence.refuse_change();
create trigger daily_head_append_only before update or delete on evidence.daily_head
    for each row execute function evidence.refuse_change();
create trigger daily_head_no_truncate before truncate on evidence.daily_head
    for each statement execute function evidence.refuse_change();
