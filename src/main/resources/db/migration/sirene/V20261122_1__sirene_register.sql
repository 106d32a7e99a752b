-- The SIRENE register as imported from INSEE's stock files (StockUniteLegale, StockEtablissement).
-- Column names follow INSEE's, in snake_case. Addresses of partially diffusible establishments are never stored.

CREATE TABLE sirene_unite_legale (
    siren                 text PRIMARY KEY CHECK (siren ~ '^[0-9]{9}$'),
    statut_diffusion      text NOT NULL CHECK (statut_diffusion IN ('O', 'P', 'N')),
    etat_administratif    text CHECK (etat_administratif IN ('A', 'C')),
    date_creation         date,
    denomination          text,
    sigle                 text,
    nom                   text,
    nom_usage             text,
    prenom_usuel          text,
    sexe                  text,
    categorie_juridique   text,
    categorie_entreprise  text,
    activite_principale   text
);

CREATE TABLE sirene_etablissement (
    siret                     text PRIMARY KEY CHECK (siret ~ '^[0-9]{14}$'),
    siren                     text NOT NULL,
    statut_diffusion          text NOT NULL CHECK (statut_diffusion IN ('O', 'P', 'N')),
    etat_administratif        text NOT NULL CHECK (etat_administratif IN ('A', 'F')),
    siege                     boolean NOT NULL,
    date_creation             date,
    enseigne                  text,
    denomination_usuelle      text,
    complement_adresse        text,
    numero_voie               text,
    indice_repetition         text,
    type_voie                 text,
    libelle_voie              text,
    code_postal               text,
    libelle_commune           text,
    libelle_commune_etranger  text,
    distribution_speciale     text,
    code_pays_etranger        text,
    libelle_pays_etranger     text,
    activite_principale       text
);
