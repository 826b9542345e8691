-- An availability statement is chained once per consultation and deadline (AvailabilityStatements):
-- its subject is UUIDv3 of both, so a second entry of that kind about the same subject is refused.
create unique index entry_once_per_availability_statement on evidence.entry (subject_id)
    where kind = 'AVAILABILITY_STATED';
