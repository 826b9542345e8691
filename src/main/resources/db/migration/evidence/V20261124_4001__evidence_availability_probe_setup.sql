-- What the availability probe deposits with (docs/evidence.md, "Availability"): made once, at first
-- use, by whichever instance takes the advisory lock first; one row.
create table evidence.availability_probe_setup (
	id smallint primary key default 1 check (id = 1),
	entity_id uuid not null,
	member_id uuid not null,
	account_id uuid not null,
	company_id uuid not null,
	consultation_id uuid not null,
	-- the probe account's API token: it can deposit only probe deposits, on this test consultation
	token_secret text not null,
	made_at timestamptz not null
);
