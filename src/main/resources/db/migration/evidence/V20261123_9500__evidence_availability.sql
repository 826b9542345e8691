-- The platform's probes of itself (docs/evidence.md, "Availability"): one row per probe slot (a
-- minute by default), whichever instance probes it first; the others find it taken
-- (insert … on conflict do nothing). A slot without a row is a slot nobody could probe: unknown.
create table evidence.availability_probe (
    slot_start timestamp with time zone primary key,
    slot_end   timestamp with time zone not null check (slot_end > slot_start),
    probed_at  timestamp with time zone not null,
    status     text not null check (status in ('UP', 'DEGRADED', 'DOWN'))
);

-- Each check of a probe: its result and how long it took.
create table evidence.availability_check (
    slot_start  timestamp with time zone not null references evidence.availability_probe on delete cascade,
    name        text not null,
    ok          boolean not null,
    duration_ms bigint not null check (duration_ms >= 0),
    error       text,
    primary key (slot_start, name)
);
