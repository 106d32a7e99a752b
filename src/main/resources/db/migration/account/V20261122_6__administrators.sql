-- Platform administrators (directory import and export, and what comes later): a flag, granted from the command line.
alter table account add column administrator boolean not null default false;
