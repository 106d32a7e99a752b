-- Structures' technical users (utilisateurs techniques), for the Chorus Pro-compatible API: they never sign in to the
-- portal and receive no e-mail.
alter table account add column technical boolean not null default false;
