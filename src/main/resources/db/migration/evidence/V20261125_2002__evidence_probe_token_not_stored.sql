-- The probe's API token is no longer stored: each instance makes its own, kept in memory (its hash is in
-- identity.api_token like any token's); the first one made revokes the token that was stored here.
alter table evidence.availability_probe_setup drop column token_secret;
