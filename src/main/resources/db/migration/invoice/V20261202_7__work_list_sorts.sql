-- "Factures reçues" sorted by invoice date or by amount, either way, read in index order: without these a commune
-- with a million invoices waited 400 ms for a page sorted by amount (bench/worklists.sh).
create index invoice_received_by_issue_date on invoice (recipient, issue_date, id);
create index invoice_received_by_amount on invoice (recipient, (coalesce(total_with_vat, 0)), id);
