-- Modifications (avenants) of a contract after its essential data were published: the DECP allows no
-- change but appending modifications, numbered 1, 2… in the order of their notification.
create table opendata.contract_modification (
    contract_id     uuid not null references opendata.contract,
    number          integer not null check (number >= 1),
    notified_on     date not null,
    published_on    date not null,
    duration_months integer check (duration_months between 1 and 1200),
    amount          numeric(15, 2) check (amount >= 1),
    recorded_by     uuid not null,
    recorded_at     timestamp with time zone not null,
    primary key (contract_id, number),
    check (duration_months is not null or amount is not null)
);
