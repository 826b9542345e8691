-- Uploads of the availability probe: never in a deposit, purged at once (or by the purge job after a crash).
alter table submission.upload add column probe boolean not null default false;
