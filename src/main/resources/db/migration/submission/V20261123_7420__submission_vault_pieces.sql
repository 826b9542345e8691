-- A piece taken from the company's vault (coffre-fort) names the vault version it is a copy of, and
-- keeps what the buyer reads of it: its type, title and end of validity when deposited. The bytes
-- are sealed in the deposit like any other piece; the vault itself is never read by the buyer.
alter table submission.deposit_piece
    add column vault_version     uuid,
    add column vault_type        text,
    add column vault_title       text,
    add column vault_valid_until date,
    add constraint deposit_piece_vault_check check (
        (vault_version is null and vault_type is null and vault_title is null and vault_valid_until is null)
        or (vault_version is not null and vault_type is not null and vault_title is not null));
