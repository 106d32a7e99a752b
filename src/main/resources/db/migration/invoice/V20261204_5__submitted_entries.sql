-- An invoice submitted as data through the API (soumettreFacture, SAISIE_API) is deposited as its data (JSON, the
-- original the supplier sent) with the invoice id it is answered with; the worker writes its Factur-X when it
-- processes the file, and the invoice takes that id.
alter table deposit_file add column entry boolean not null default false;
alter table deposit_file add column reserved_invoice_id bigint;
