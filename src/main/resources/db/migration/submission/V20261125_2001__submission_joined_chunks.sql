-- An upload's chunks are joined into one file as they arrive, so that completing it has little left to do.
-- joined_chunks: how many chunks, from the first, are in that file and forced to disk.
-- join_claim / join_claimed_at: the request joining now (one at a time; a claim left by a crash goes stale).
alter table submission.upload
    add column joined_chunks integer not null default 0,
    add column join_claim uuid,
    add column join_claimed_at timestamptz;
