-- Support staff (the platform's operators who answer requests to support and appoint a primary manager for a
-- structure whose manager has left): a flag, granted from the command line like the administrators'.
alter table account add column support boolean not null default false;
