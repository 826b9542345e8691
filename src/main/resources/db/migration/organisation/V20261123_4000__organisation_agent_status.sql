-- An agent's appointment ends when an administrator of the entity deactivates them, and may start
-- again (reactivation): the row is kept, with its roles, and marked with when it ended.
alter table organisation.buyer_agent add column deactivated_at timestamp with time zone;

-- A person's appointments across entities (the buyer space, identity roles) are read by account.
create index buyer_agent_account_idx on organisation.buyer_agent (account_id);
