-- Supporting documents (Chorus Pro's pièces jointes complémentaires) deposited with an invoice file, kept in the
-- document store like the originals; and those added to a draft while it is being entered.
create table deposit_attachment (
    deposit_id bigint       not null,
    position   int          not null, -- the invoice file they go with
    rank       int          not null,
    file_name  text         not null,
    media_type text         not null,
    sha256     char(64)     not null,
    size       bigint       not null,
    primary key (deposit_id, position, rank),
    foreign key (deposit_id, position) references deposit_file
);

create table draft_attachment (
    draft_id   bigint       not null references invoice_draft on delete cascade,
    rank       int          not null,
    file_name  text         not null,
    media_type text         not null,
    sha256     char(64)     not null,
    size       bigint       not null,
    primary key (draft_id, rank)
);

-- The invoice's file in its deposit: its attachments are that file's.
alter table invoice add column deposit_position int;
update invoice i set deposit_position = f.position from deposit_file f where f.invoice_id = i.id;
alter table invoice alter column deposit_position set not null;
