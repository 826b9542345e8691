-- A piece that is the company's DUME response (module dume) names the response and the version
-- copied (when it was saved) and whether it is the ESPD XML or the readable PDF. Its bytes are
-- sealed in the deposit by the supplier's browser like any other piece; the server keeps no
-- plaintext copy in the deposit.
alter table submission.deposit_piece
    add column espd_response uuid,
    add column espd_saved_at timestamptz,
    add column espd_form     text,
    add constraint deposit_piece_espd_check check (
        (espd_response is null and espd_saved_at is null and espd_form is null)
        or (espd_response is not null and espd_saved_at is not null and espd_form in ('XML', 'PDF'))),
    add constraint deposit_piece_one_origin check (espd_response is null or vault_version is null);
