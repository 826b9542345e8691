-- The closings of the last days, whose availability statement the probing instance records once
-- their deadline settled (AvailabilityStatements#stateClosedDeadlines, every poll): few rows, found
-- without reading the whole log.
create index entry_closings on evidence.entry (recorded_at) where kind = 'CONSULTATION_CLOSED';
create index entry_availability_statements on evidence.entry (consultation_id) where kind = 'AVAILABILITY_STATED';
