-- Invited accounts (opened by an administrator, activated when their owner chooses a password)
-- and an optional fax number.
alter table identity.account drop constraint account_status_check;
alter table identity.account add constraint account_status_check check (status in ('INVITED', 'ACTIVE', 'LOCKED'));
alter table identity.account add column fax text;
