-- Each invoice's status history: who moved it where, when, and why (histoStatut). account_id is null for the
-- platform's own changes. The invoice row keeps the current status; a change updates it only from the status it
-- was read in, so two people acting at once cannot both move it.
create table invoice_status_change (
    invoice_id     bigint       not null references invoice,
    rank           int          not null,
    status         varchar(40)  not null,
    at             timestamptz  not null,
    account_id     bigint,
    comment        text,
    mandate_number text,        -- numeroDPMandat, with MANDATEE
    primary key (invoice_id, rank)
);

alter table invoice add column status_at timestamptz;
-- The seller as the recipient's list shows it: the depositing structure's identifier and name, taken with the deposit.
alter table deposit add column supplier_name text;
update deposit set supplier_name = supplier;
alter table deposit alter column supplier_name set not null;
alter table invoice add column supplier_identifier varchar(80);
alter table invoice add column supplier_name text;
update invoice i set supplier_identifier = d.supplier, supplier_name = d.supplier from deposit d where d.id = i.deposit_id;
alter table invoice alter column supplier_identifier set not null;
alter table invoice alter column supplier_name set not null;
alter table invoice add column downloaded_at timestamptz; -- first download by the recipient (factureTelechargeeParDestinataire)

-- Invoices integrated before the lifecycle existed were at DEPOSEE: they are made available as new ones are.
insert into invoice_status_change (invoice_id, rank, status, at)
select id, 1, 'DEPOSEE', deposited_at from invoice;
insert into invoice_status_change (invoice_id, rank, status, at)
select id, 2, 'MISE_A_DISPOSITION', deposited_at from invoice where status = 'DEPOSEE';
update invoice set status = 'MISE_A_DISPOSITION' where status = 'DEPOSEE';
update invoice set status_at = deposited_at;
alter table invoice alter column status_at set not null;

-- The recipient's work list: its invoices newest first, by status, and the supplier's the same way.
create index invoice_received on invoice (recipient, id desc);
create index invoice_received_by_status on invoice (recipient, status, id desc);
create index invoice_issued_by_status on invoice (supplier_id, status, id desc);
