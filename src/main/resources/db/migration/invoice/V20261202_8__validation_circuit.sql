-- Invoices of subcontractors (cadre A9) and co-contractors (A12) are validated by another structure (the main
-- contractor, the mandataire) before they reach the recipient: its SIRET comes with the deposit.
alter table deposit_file add column validator varchar(20);
alter table invoice add column validator varchar(20);
create index invoice_to_validate on invoice (validator, id desc) where validator is not null;
