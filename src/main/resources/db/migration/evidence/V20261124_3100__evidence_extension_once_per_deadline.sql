-- A deadline is extended once: two decisions from the same previous deadline (two buyers at the
-- same moment) cannot both be recorded (DeadlineExtensions also takes them one after the other).
create unique index deadline_extension_once_per_deadline on evidence.deadline_extension (consultation_id, previous_deadline);
