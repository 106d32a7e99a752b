-- How many invoices each party has at each status, beside its work list: counted as invoices are integrated and
-- move, so that the counts of a recipient with a million invoices read in a millisecond. party is the recipient's
-- SIRET ('R') or the supplier structure's id ('S').
create table invoice_count (
    party_kind char(1)     not null,
    party      varchar(80) not null,
    status     varchar(40) not null,
    count      bigint      not null,
    primary key (party_kind, party, status)
);

insert into invoice_count (party_kind, party, status, count)
select 'R', recipient, status, count(*) from invoice group by recipient, status
union all
select 'S', supplier_id::text, status, count(*) from invoice group by supplier_id, status;
