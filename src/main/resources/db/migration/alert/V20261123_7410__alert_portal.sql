-- A saved search keeps the portal it was made on (the code of a portal of the organisation module):
-- its alerts announce only the consultations that portal shows.
alter table alert.saved_search
    add column portal text check (portal ~ '^[a-z0-9][a-z0-9.-]{1,39}$');
