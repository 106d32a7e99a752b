-- Originals up to chorale.invoice.documents-in-database (64 KB by default: API submissions, most XML invoices, the
-- generated Factur-X PDFs) are kept here instead of the folder, named by their SHA-256 as there, and committed with
-- the deposit that brings them. Documents stored in the folder before stay there and are read from there.
create table stored_document (
    sha256  char(64) primary key,
    content bytea    not null
);
