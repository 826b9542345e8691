-- What the signature check of an opened piece found (arrêté du 22 mars 2019, EU DSS): one row per
-- piece checked. A detached signature file (X.p7s, X.xades.xml…) is checked against the piece it
-- signs, whose position is kept in signs_position. DSS's simple and detailed reports are kept as
-- they came, for the record and for a later reading by anyone who doubts the verdict.
create table opening.piece_signature (
    deposit_id      uuid not null,
    position        integer not null,
    consultation_id uuid not null,
    status          text not null check (status in ('VALID', 'INVALID', 'INDETERMINATE', 'UNSUPPORTED', 'NOT_SIGNED', 'FAILED')),
    signs_position  integer,
    signers         text not null default '[]',
    simple_report   bytea,
    detailed_report bytea,
    checked_at      timestamp with time zone not null,
    primary key (deposit_id, position),
    foreign key (deposit_id, position) references opening.piece (deposit_id, position)
);
create index piece_signature_by_consultation on opening.piece_signature (consultation_id);
