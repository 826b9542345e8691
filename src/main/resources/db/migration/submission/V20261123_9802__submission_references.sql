-- « Dites-le-nous une fois »: a deposit may reference a vault document already given, in an earlier
-- deposit of the company to a consultation of the same purchasing entity, and opened there, instead
-- of sending it again. No file goes into the envelope: the row names the vault version, what the
-- buyer reads of it, and the earlier deposit's piece whose opened copy the buyer downloads.
create table submission.deposit_reference (
    deposit_id          uuid not null references submission.deposit (id),
    position            integer not null check (position >= 0),
    vault_version       uuid not null,
    vault_type          text not null,
    vault_title         text not null,
    vault_valid_until   date,
    source_consultation uuid not null,
    source_deposit      uuid not null references submission.deposit (id),
    source_position     integer not null check (source_position >= 0),
    source_number       text not null,
    file_name           text not null,
    media_type          text not null,
    primary key (deposit_id, position),
    foreign key (source_deposit, source_position) references submission.deposit_piece (deposit_id, position)
);

create index deposit_piece_vault_version on submission.deposit_piece (vault_version) where vault_version is not null;
