-- "Factures émises" (and rechercherFactureParFournisseur) filtered or sorted by invoice date or by amount, read in
-- index order as the recipient's list is: without these a supplier's every such search read all its invoices.
create index invoice_issued_by_issue_date on invoice (supplier_id, issue_date, id);
create index invoice_issued_by_amount on invoice (supplier_id, (coalesce(total_with_vat, 0)), id);
