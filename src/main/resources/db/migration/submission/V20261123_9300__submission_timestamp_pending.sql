-- A deposit received while the timestamp authority was down: received and receipted at the
-- server's time, its timestamp pending. PendingTimestamps retries (next try, attempts) and, once
-- the authority is back, stores the token obtained on the same manifest hash, the evidence entry
-- (DEPOSIT_TIMESTAMPED) that chains it, and issues the final receipt; the provisional receipt is
-- kept.
alter table submission.deposit add column timestamp_pending boolean not null default false;
alter table submission.deposit add column timestamp_next_try_at timestamp with time zone;
alter table submission.deposit add column timestamp_attempts integer not null default 0;
alter table submission.deposit add column timestamped_at timestamp with time zone;
alter table submission.deposit add column timestamp_token bytea;
alter table submission.deposit add column timestamp_sequence bigint unique;
alter table submission.deposit add column provisional_receipt_sha256 text
    check (provisional_receipt_sha256 ~ '^[0-9a-f]{64}$');
alter table submission.deposit add constraint deposit_pending_has_next_try
    check (not timestamp_pending or timestamp_next_try_at is not null);
alter table submission.deposit add constraint deposit_late_timestamp_complete
    check ((timestamp_token is null) = (timestamped_at is null) and (timestamp_token is null) = (timestamp_sequence is null));
create index deposit_timestamp_pending on submission.deposit (timestamp_next_try_at) where timestamp_pending;
