package org.chorale.sirene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes a fictional SIRENE register in INSEE's own stock layout (every column, in
 * INSEE's order): companies with valid SIREN and SIRET check digits, clearly fictional
 * names, several establishments per company, some individual entrepreneurs, some
 * partially diffusible, some closed. The same seed gives the same files, so the demo and
 * the benchmarks are reproducible; the first companies are fixed examples named in the
 * README.
 */
final class DemoRegister {

	static final String UNITES_LEGALES = "StockUniteLegale_utf8.csv";

	static final String ETABLISSEMENTS = "StockEtablissement_utf8.csv";

	private static final Map<String, Integer> UNITS = positions(InseeHeaders.UNITE_LEGALE);

	private static final Map<String, Integer> SITES = positions(InseeHeaders.ETABLISSEMENT);

	private static final String[] TRADES = { "Papeterie", "Menuiserie", "Boulangerie", "Conseil", "Transports",
			"Informatique", "Nettoyage", "Imprimerie", "Travaux publics", "Traiteur", "Jardins", "Électricité",
			"Plomberie", "Formation", "Architecture", "Bureautique" };

	private static final String[] FICTIONAL = { "Démo", "Fictive", "Imaginaire", "d'Exemple", "de Nulle Part",
			"des Songes", "Utopia", "de Démonstration" };

	private static final String[] FORMS = { "SAS", "SARL", "SA", "EURL", "SCOP" };

	private static final String[] FORM_CODES = { "5710", "5499", "5599", "5498", "5458" };

	private static final String[] FIRST_NAMES = { "Camille", "Dominique", "Claude", "Alix", "Sacha", "Maxime", "Lou",
			"Charlie" };

	private static final String[] LAST_NAMES = { "EXEMPLE", "FICTIF", "DEMO", "MODELE", "TESTEUR", "SPECIMEN" };

	private static final String[] STREET_TYPES = { "RUE", "AV", "BD", "PL", "CHE", "IMP", "ALL", "QUAI" };

	private static final String[] STREETS = { "DES LILAS", "DE LA REPUBLIQUE", "DU MOULIN", "DES ECOLES", "VICTOR HUGO",
			"DE LA GARE", "DU PORT", "DES TILLEULS", "JEAN JAURES", "DE LA PAIX" };

	/** Real communes with their postal and INSEE codes. */
	private static final String[][] CITIES = { { "75001", "PARIS 1", "75101" }, { "69002", "LYON 2E", "69382" },
			{ "13001", "MARSEILLE 1ER", "13201" }, { "31000", "TOULOUSE", "31555" }, { "44000", "NANTES", "44109" },
			{ "67000", "STRASBOURG", "67482" }, { "33000", "BORDEAUX", "33063" }, { "59000", "LILLE", "59350" },
			{ "35000", "RENNES", "35238" }, { "21000", "DIJON", "21231" }, { "97400", "SAINT-DENIS", "97411" },
			{ "20000", "AJACCIO", "2A004" } };

	private static final String[] ACTIVITIES = { "62.01Z", "43.32A", "10.71C", "70.22Z", "49.41A", "81.21Z", "18.12Z",
			"42.11Z", "56.21Z", "81.30Z" };

	private final Random random;

	private final DemoIds ids = new DemoIds();

	private DemoRegister(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * Writes about {@code establishments} establishments of companies (never fewer), then
	 * the public bodies', and their legal units into the directory.
	 * @return the legal units file and the establishments file, in that order
	 */
	static List<Path> write(Path directory, int establishments) throws IOException {
		Files.createDirectories(directory);
		Path units = directory.resolve(UNITES_LEGALES);
		Path sites = directory.resolve(ETABLISSEMENTS);
		try (StockWriter unitWriter = new StockWriter(units, InseeHeaders.UNITE_LEGALE);
				StockWriter siteWriter = new StockWriter(sites, InseeHeaders.ETABLISSEMENT)) {
			new DemoRegister(20261122L).generate(establishments, unitWriter, siteWriter);
		}
		return List.of(units, sites);
	}

	private void generate(int establishments, StockWriter units, StockWriter sites) throws IOException {
		int written = 0;
		for (int company = 0; written < establishments; company++) {
			Company demo = (company < Company.FEATURED.size()) ? Company.FEATURED.get(company) : randomCompany();
			String siren = this.ids.siren(company);
			units.write(unit(siren, demo));
			for (int site = 1; site <= demo.establishments(); site++) {
				sites.write(establishment(siren, this.ids.nic(siren, site), site == 1, demo));
				written++;
			}
		}
		for (PublicBody body : PublicBody.ALL) {
			units.write(publicUnit(body));
			for (String[] site : body.establishments()) {
				sites.write(publicEstablishment(body, site));
			}
		}
	}

	private static String[] publicUnit(PublicBody body) {
		String[] row = new String[InseeHeaders.UNITE_LEGALE.size()];
		set(row, UNITS, "siren", body.siren());
		set(row, UNITS, "statutDiffusionUniteLegale", "O");
		set(row, UNITS, "dateCreationUniteLegale", "1983-03-01");
		set(row, UNITS, "etatAdministratifUniteLegale", "A");
		set(row, UNITS, "denominationUniteLegale", body.name());
		set(row, UNITS, "categorieJuridiqueUniteLegale", body.legalCategory());
		set(row, UNITS, "activitePrincipaleUniteLegale", "84.11Z");
		set(row, UNITS, "nomenclatureActivitePrincipaleUniteLegale", "NAFRev2");
		set(row, UNITS, "nicSiegeUniteLegale", body.establishments().get(0)[0].substring(9));
		return row;
	}

	private static String[] publicEstablishment(PublicBody body, String[] site) {
		String[] row = new String[InseeHeaders.ETABLISSEMENT.size()];
		set(row, SITES, "siren", body.siren());
		set(row, SITES, "nic", site[0].substring(9));
		set(row, SITES, "siret", site[0]);
		set(row, SITES, "statutDiffusionEtablissement", "O");
		set(row, SITES, "dateCreationEtablissement", "1983-03-01");
		set(row, SITES, "etablissementSiege", String.valueOf(site == body.establishments().get(0)));
		set(row, SITES, "nombrePeriodesEtablissement", "1");
		set(row, SITES, "etatAdministratifEtablissement", "A");
		set(row, SITES, "activitePrincipaleEtablissement", "84.11Z");
		set(row, SITES, "nomenclatureActivitePrincipaleEtablissement", "NAFRev2");
		set(row, SITES, "enseigne1Etablissement", site[1]);
		set(row, SITES, "numeroVoieEtablissement", site[2]);
		set(row, SITES, "typeVoieEtablissement", site[3]);
		set(row, SITES, "libelleVoieEtablissement", site[4]);
		set(row, SITES, "codePostalEtablissement", site[5]);
		set(row, SITES, "libelleCommuneEtablissement", site[6]);
		set(row, SITES, "codeCommuneEtablissement", site[7]);
		return row;
	}

	/** 15 % individual entrepreneurs, 8 % partially diffusible ('P'), 3 % ceased. */
	private Company randomCompany() {
		int draw = this.random.nextInt(100);
		boolean individual = draw < 15;
		boolean partiallyDiffusible = draw < 3 || (draw >= 15 && draw < 20);
		boolean ceased = draw >= 20 && draw < 23;
		String name = individual ? pick(FIRST_NAMES) + " " + pick(LAST_NAMES)
				: pick(TRADES) + " " + pick(FICTIONAL) + " " + pick(FORMS);
		int establishments = individual ? 1 : (this.random.nextInt(100) < 55) ? 1 : 2 + this.random.nextInt(4);
		return new Company(name, individual, partiallyDiffusible, ceased, establishments);
	}

	private String[] unit(String siren, Company company) {
		String[] row = new String[InseeHeaders.UNITE_LEGALE.size()];
		set(row, UNITS, "siren", siren);
		set(row, UNITS, "statutDiffusionUniteLegale", company.partiallyDiffusible() ? "P" : "O");
		set(row, UNITS, "dateCreationUniteLegale", date());
		set(row, UNITS, "etatAdministratifUniteLegale", company.ceased() ? "C" : "A");
		set(row, UNITS, "categorieEntreprise", company.individual() ? "PME" : pick("PME", "PME", "ETI"));
		set(row, UNITS, "activitePrincipaleUniteLegale", pick(ACTIVITIES));
		set(row, UNITS, "nomenclatureActivitePrincipaleUniteLegale", "NAFRev2");
		set(row, UNITS, "nicSiegeUniteLegale", this.ids.nic(siren, 1));
		if (company.individual()) {
			String[] names = company.name().split(" ", 2);
			boolean hidden = company.partiallyDiffusible();
			set(row, UNITS, "categorieJuridiqueUniteLegale", "1000");
			set(row, UNITS, "prenomUsuelUniteLegale", hidden ? "[ND]" : names[0]);
			set(row, UNITS, "prenom1UniteLegale", hidden ? "[ND]" : names[0]);
			set(row, UNITS, "nomUniteLegale", hidden ? "[ND]" : names[1]);
			set(row, UNITS, "sexeUniteLegale", hidden ? "[ND]" : pick("M", "F"));
		}
		else {
			int form = indexOfForm(company.name());
			set(row, UNITS, "denominationUniteLegale", company.name().toUpperCase(Locale.ROOT));
			set(row, UNITS, "categorieJuridiqueUniteLegale", FORM_CODES[form]);
		}
		return row;
	}

	private String[] establishment(String siren, String nic, boolean headOffice, Company company) {
		String[] row = new String[InseeHeaders.ETABLISSEMENT.size()];
		set(row, SITES, "siren", siren);
		set(row, SITES, "nic", nic);
		set(row, SITES, "siret", siren + nic);
		set(row, SITES, "statutDiffusionEtablissement", company.partiallyDiffusible() ? "P" : "O");
		set(row, SITES, "dateCreationEtablissement", date());
		set(row, SITES, "etablissementSiege", String.valueOf(headOffice));
		set(row, SITES, "nombrePeriodesEtablissement", "1");
		boolean closed = company.ceased() || this.random.nextInt(100) < 6;
		set(row, SITES, "etatAdministratifEtablissement", closed ? "F" : "A");
		set(row, SITES, "activitePrincipaleEtablissement", pick(ACTIVITIES));
		set(row, SITES, "nomenclatureActivitePrincipaleEtablissement", "NAFRev2");
		address(row, headOffice, company.partiallyDiffusible());
		return row;
	}

	/**
	 * INSEE writes "[ND]" in a partially diffusible establishment's address; a few are
	 * abroad.
	 */
	private void address(String[] row, boolean headOffice, boolean partiallyDiffusible) {
		if (partiallyDiffusible) {
			for (String column : List.of("numeroVoieEtablissement", "typeVoieEtablissement", "libelleVoieEtablissement",
					"codePostalEtablissement", "libelleCommuneEtablissement", "codeCommuneEtablissement")) {
				set(row, SITES, column, "[ND]");
			}
		}
		else if (this.random.nextInt(100) == 0 && !headOffice) {
			set(row, SITES, "libelleCommuneEtrangerEtablissement", "BRUXELLES");
			set(row, SITES, "codePaysEtrangerEtablissement", "99131");
			set(row, SITES, "libellePaysEtrangerEtablissement", "BELGIQUE");
			set(row, SITES, "libelleVoieEtablissement", "RUE DE LA LOI " + (1 + this.random.nextInt(200)));
		}
		else {
			String[] city = CITIES[this.random.nextInt(CITIES.length)];
			set(row, SITES, "numeroVoieEtablissement", String.valueOf(1 + this.random.nextInt(150)));
			set(row, SITES, "typeVoieEtablissement", pick(STREET_TYPES));
			set(row, SITES, "libelleVoieEtablissement", pick(STREETS));
			set(row, SITES, "codePostalEtablissement", city[0]);
			set(row, SITES, "libelleCommuneEtablissement", city[1]);
			set(row, SITES, "codeCommuneEtablissement", city[2]);
		}
	}

	private static int indexOfForm(String name) {
		for (int i = 0; i < FORMS.length; i++) {
			if (name.endsWith(" " + FORMS[i])) {
				return i;
			}
		}
		return 0;
	}

	private static void set(String[] row, Map<String, Integer> positions, String column, String value) {
		row[positions.get(column)] = value;
	}

	private static Map<String, Integer> positions(List<String> header) {
		return IntStream.range(0, header.size()).boxed().collect(Collectors.toMap(header::get, i -> i));
	}

	private String date() {
		return String.format(Locale.ROOT, "%04d-%02d-%02d", 1975 + this.random.nextInt(50), 1 + this.random.nextInt(12),
				1 + this.random.nextInt(28));
	}

	private String pick(String... values) {
		return values[this.random.nextInt(values.length)];
	}

	/**
	 * A fictional public body, always at the end of the demo register: the demo directory
	 * lists each of its establishments as a public recipient.
	 *
	 * @param legalCategory INSEE's catégorie juridique (7xxx: legal persons under public
	 * law)
	 * @param establishments SIRET, sign, street number, street type, street, postal code,
	 * city and INSEE commune code of each, the head office first (Démoville, 45999, is as
	 * fictional as the bodies)
	 */
	record PublicBody(String siren, String name, String legalCategory, List<String[]> establishments) {

		static final List<PublicBody> ALL = List.of(
				new PublicBody("219999000", "COMMUNE DE DEMOVILLE", "7210",
						List.<String[]>of(site("21999900000017", "MAIRIE", "1", "PL", "DE LA MAIRIE", "45999",
								"DEMOVILLE", "45999"))),
				new PublicBody("119999001", "MINISTERE DE LA DEMONSTRATION PUBLIQUE", "7113",
						List.of(site("11999900100017", "ADMINISTRATION CENTRALE", "20", "AV", "DE L EXEMPLE", "75007",
								"PARIS 7", "75107"),
								site("11999900100025", "DIRECTION REGIONALE AUVERGNE-RHONE-ALPES", "8", "RUE",
										"DU MODELE", "69003", "LYON 3E", "69383"))),
				new PublicBody("239999006", "REGION IMAGINAIRE", "7230", List.of(
						site("23999900600012", "HOTEL DE REGION", "1", "BD", "DES SONGES", "44000", "NANTES", "44109"),
						site("23999900600020", "DIRECTION DES LYCEES", "3", "RUE", "DES ECOLES", "44000", "NANTES",
								"44109"))),
				new PublicBody("269999009", "CENTRE HOSPITALIER DE DEMOVILLE", "7364",
						List.<String[]>of(site("26999900900013", null, "14", "AV", "DE LA SANTE", "45999", "DEMOVILLE",
								"45999"))),
				new PublicBody("199999004", "UNIVERSITE DE DEMOVILLE", "7383",
						List.<String[]>of(
								site("19999900400013", null, "2", "ALL", "DU SAVOIR", "45999", "DEMOVILLE", "45999"))),
				new PublicBody("219999018", "COMMUNE DE FICTIVILLE", "7210",
						List.<String[]>of(
								site("21999901800019", "MAIRIE", "5", "PL", "DU MARCHE", "21000", "DIJON", "21231"))),
				new PublicBody("259999001", "ETABLISSEMENT PUBLIC D AMENAGEMENT DE DEMOVILLE", "7389",
						List.<String[]>of(
								site("25999900100011", null, "9", "QUAI", "DU PORT", "45999", "DEMOVILLE", "45999"))),
				new PublicBody("219999026", "COMMUNE D UTOPIA LES BAINS", "7210",
						List.<String[]>of(site("21999902600012", "MAIRIE", "2", "RUE", "DE LA PLAGE", "33000",
								"BORDEAUX", "33063"))),
				new PublicBody("219999034", "SYNDICAT INTERCOMMUNAL DES EAUX DE DEMOVILLE", "7353", List.<String[]>of(
						site("21999903400016", null, "7", "CHE", "DU MOULIN", "45999", "DEMOVILLE", "45999"))));

		private static String[] site(String siret, String sign, String number, String streetType, String street,
				String postalCode, String city, String commune) {
			return new String[] { siret, sign, number, streetType, street, postalCode, city, commune };
		}

	}

	/**
	 * A fictional company.
	 *
	 * @param partiallyDiffusible whether INSEE would mask its address ('P')
	 * @param ceased whether the company and so all its establishments are closed
	 */
	record Company(String name, boolean individual, boolean partiallyDiffusible, boolean ceased, int establishments) {

		/**
		 * The examples the README names, always the first companies of the demo register.
		 */
		static final List<Company> FEATURED = List.of(
				new Company("Papeterie Démo des Lilas SAS", false, false, false, 3),
				new Company("Camille EXEMPLE", true, true, false, 1),
				new Company("Transports Imaginaires SARL", false, false, true, 2),
				new Company("Dominique FICTIF", true, false, false, 1));

	}

}
