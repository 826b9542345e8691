-- Failed attempts per subject (an email address, a network address, a person's two-factor codes),
-- shared by every instance. The subject is a SHA-256 hash: this table must not list the email
-- addresses people typed, nor where they came from.
create table identity.sign_in_throttle (
    subject           text primary key,
    failures          int not null check (failures >= 0),
    window_started_at timestamp with time zone,
    blocked_until     timestamp with time zone,
    blocks            int not null check (blocks >= 0),
    updated_at        timestamp with time zone not null
);
create index sign_in_throttle_updated_at_idx on identity.sign_in_throttle (updated_at);
