-- The commission's decision on each candidature once its application envelope is opened: admitted,
-- or not with the reason (a missing or insufficient piece, an exclusion). Offers are opened after the
-- candidatures, and only the admitted candidates' (docs/sealing.md, « Envelopes in sequence »).
create table opening.admission (
    deposit_id      uuid primary key,
    consultation_id uuid not null,
    admitted        boolean not null,
    reason          text check (reason is null or length(reason) between 1 and 2000),
    decided_by      uuid not null,
    decided_at      timestamp with time zone not null,
    check (admitted or reason is not null)
);
create index admission_by_consultation on opening.admission (consultation_id);

-- A consultation whose offers the buyer examines before the candidatures (Code de la commande
-- publique, art. R2161-4 for open procedures): the decision, by whom, when and why, lifts the sequence.
create table opening.offers_first (
    consultation_id uuid primary key,
    decided_by      uuid not null,
    decided_at      timestamp with time zone not null,
    reason          text not null check (length(reason) between 1 and 2000)
);
