-- The directory (annuaire) of public recipients, with the routing parameters Chorus Pro publishes for each
-- (column comments give the name in its CSV file / in its API).
create table recipient (
    id                      bigint generated always as identity primary key,
    identifier_type         varchar(20)  not null,
    identifier              varchar(80)  not null,
    name                    varchar(200) not null,
    edi_sender              boolean      not null, -- EmetteurEdi
    edi_receiver            boolean      not null, -- RecepteurEdi
    payment_status_reported boolean      not null, -- GestionStatutMiseEnPaiement / not statutMiseEnPaiementNestPasRemonte
    commitment_required     boolean      not null, -- GestionEngagement / numeroEJDoitEtreRenseigne
    service_required        boolean      not null, -- GestionService / codeServiceDoitEtreRenseigne
    service_or_commitment   boolean      not null, -- GestionServiceEngagement / gestionNumeroEJOuCodeService
    moa                     boolean      not null, -- EstMOA
    moa_only                boolean      not null, -- EstMOAUniquement
    active                  boolean      not null, -- StructureActive
    address_line            varchar(200),
    address_complement_1    varchar(200),
    address_complement_2    varchar(200),
    postal_code             varchar(20),
    city                    varchar(100),
    phone                   varchar(30),
    email                   varchar(254),
    country                 varchar(2)   not null,
    country_name            varchar(100),
    -- name, postal code, city and identifier, upper case without accents: what the search page matches
    search_text             text         not null,
    version                 int          not null default 1, -- 0 would tell Spring Data a row is new
    unique (identifier_type, identifier)
);
create index recipient_search on recipient using gin (to_tsvector('simple', search_text));

-- Services (codeService) of a recipient: an invoice may, or must, name one.
create table recipient_service (
    id                      bigint generated always as identity primary key,
    recipient               bigint       not null references recipient (id) on delete cascade,
    code                    varchar(100) not null, -- upper case
    name                    varchar(200) not null,
    active                  boolean      not null,
    start_date              date,
    end_date                date,
    commitment_required     boolean      not null, -- parametres.numeroEngagement
    payment_status_reported boolean      not null, -- parametres.miseEnPaiement
    version                 int          not null default 1, -- 0 would tell Spring Data a row is new
    unique (recipient, code)
);

-- Commitments (engagements juridiques) a recipient registers: once it has one, the commitment number of an
-- invoice to it must be one of them, and the supplier's.
create table commitment (
    id                       bigint generated always as identity primary key,
    recipient                bigint        not null references recipient (id) on delete cascade,
    number                   varchar(50)   not null,
    supplier_identifier_type varchar(20)   not null,
    supplier_identifier      varchar(80)   not null,
    amount                   numeric(15, 2) not null,
    start_date               date          not null,
    end_date                 date,
    status                   varchar(20)   not null,
    version                  int           not null default 1,
    unique (recipient, number)
);
