package org.chorale.directory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chorale.shared.Siren;
import org.chorale.shared.Siret;

/**
 * Writes a fictional directory file. It starts with the public bodies of the demo SIRENE
 * register, under the same SIRETs and names, which between them show every combination of
 * the routing parameters (README: demo directory); fictional recipients with random
 * parameters and services follow, up to the size asked. The same size gives the same file
 * within a year (service dates are relative to the current year), so the demo and the
 * benchmark are reproducible.
 */
final class DemoDirectory {

	/**
	 * The featured recipients: SIRET, name, street, postal code, city, then flags: S
	 * service code required, E commitment number required, O service code or commitment
	 * number, P reports payment, M works owner (MOA), U works owner only, I inactive, R
	 * receives by EDI, T sends by EDI; then services as "CODE|name|flags" with flags E
	 * commitment required, P reports payment, I inactive, F from next year on, X ended
	 * last year.
	 */
	static final List<String[]> FEATURED = List.of(
			featured("21999900000017", "COMMUNE DE DEMOVILLE", "1 PL DE LA MAIRIE", "45999", "DEMOVILLE", "PM",
					"FACTURES_PUBLIQUES|Service des factures publiques|P", "ECOLES|Écoles et périscolaire|P",
					"TECHNIQUE|Services techniques|EP", "CCAS|Centre communal d'action sociale|I",
					"FETES_2025|Fêtes et cérémonies 2025|X"),
			featured("11999900100017", "MINISTERE DE LA DEMONSTRATION PUBLIQUE - ADMINISTRATION CENTRALE",
					"20 AV DE L EXEMPLE", "75007", "PARIS 7", "SEPT", "SG|Secrétariat général|P",
					"DAF|Direction des affaires financières|P", "DRH|Direction des ressources humaines|P",
					"DSI|Direction du numérique|EP", "IMMO|Bureau de l'immobilier|EP",
					"COMMUNICATION|Délégation à la communication|P", "NOUVEAU_SERVICE|Service créé l'an prochain|F"),
			featured("11999900100025",
					"MINISTERE DE LA DEMONSTRATION PUBLIQUE - DIRECTION REGIONALE AUVERGNE-RHONE-ALPES",
					"8 RUE DU MODELE", "69003", "LYON 3E", "E", "FACTURES_PUBLIQUES|Service des factures publiques|",
					"PLATEFORME_ACHATS|Plateforme régionale des achats|"),
			featured("23999900600012", "REGION IMAGINAIRE - HOTEL DE REGION", "1 BD DES SONGES", "44000", "NANTES",
					"SPM", "TRANSPORTS|Direction des transports|P", "CULTURE|Direction de la culture|P",
					"FORMATION|Direction de la formation professionnelle|P"),
			featured("23999900600020", "REGION IMAGINAIRE - DIRECTION DES LYCEES", "3 RUE DES ECOLES", "44000",
					"NANTES", "SOP", "LYCEES_TRAVAUX|Travaux dans les lycées|EP",
					"LYCEES_FONCT|Fonctionnement des lycées|P"),
			featured("26999900900013", "CENTRE HOSPITALIER DE DEMOVILLE", "14 AV DE LA SANTE", "45999", "DEMOVILLE",
					"O", "FACTURES_PUBLIQUES|Service des factures publiques|",
					"PHARMACIE|Pharmacie à usage intérieur|E", "BIOMED|Ingénierie biomédicale|"),
			featured("19999900400013", "UNIVERSITE DE DEMOVILLE", "2 ALL DU SAVOIR", "45999", "DEMOVILLE", "EOP",
					"FACTURES_PUBLIQUES|Service des factures publiques|P", "BIBLIOTHEQUE|Bibliothèque universitaire|P",
					"LABO_CHIMIE|Laboratoire de chimie|P"),
			featured("21999901800019", "COMMUNE DE FICTIVILLE", "5 PL DU MARCHE", "21000", "DIJON", "PI",
					"FACTURES_PUBLIQUES|Service des factures publiques|P"),
			featured("25999900100011", "ETABLISSEMENT PUBLIC D AMENAGEMENT DE DEMOVILLE", "9 QUAI DU PORT", "45999",
					"DEMOVILLE", "PMU", "FACTURES_PUBLIQUES|Service des factures publiques|P"),
			featured("21999902600012", "COMMUNE D UTOPIA LES BAINS", "2 RUE DE LA PLAGE", "33000", "BORDEAUX", "SEOPRT",
					"FACTURES_PUBLIQUES|Service des factures publiques|P", "PORT|Port de plaisance|P",
					"PLAGES|Surveillance des plages|P"),
			featured("21999903400016", "SYNDICAT INTERCOMMUNAL DES EAUX DE DEMOVILLE", "7 CHE DU MOULIN", "45999",
					"DEMOVILLE", "", "FACTURES_PUBLIQUES|Service des factures publiques|"));

	private static final String[] KINDS = { "COMMUNE DE", "COMMUNAUTE DE COMMUNES DE", "SYNDICAT INTERCOMMUNAL DE",
			"CENTRE COMMUNAL D ACTION SOCIALE DE", "COLLEGE DE", "LYCEE DE", "OFFICE PUBLIC DE L HABITAT DE",
			"SERVICE DEPARTEMENTAL D INCENDIE DE" };

	/**
	 * Other than the featured recipients' towns, so that searching those finds them
	 * first.
	 */
	private static final String[] PLACES = { "SONGEVILLE", "EXEMPLE", "MODELEVILLE", "IMAGINAIRE", "NULLEPART",
			"CHIMERE", "MIRAGE", "FANTAISIE", "CHIMERIE", "LEGENDE" };

	private static final String[] SUFFIXES = { "", "-SUR-MER", "-LES-BAINS", "-EN-VALLEE", "-LE-HAUT", "-LA-FORET" };

	private static final String[] SERVICE_NAMES = { "Services techniques", "Ressources humaines", "Affaires scolaires",
			"Voirie", "Espaces verts", "Informatique", "Finances", "Culture", "Sports", "Action sociale" };

	private final Random random = new Random(20261122L);

	private DemoDirectory() {
	}

	/**
	 * Writes a directory of {@code structures} recipients (never fewer than the featured
	 * ones) as a ZIP.
	 * @return the structures and services written
	 */
	static long[] write(Path file, int structures) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
				StandardCharsets.UTF_8)) {
			Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			DemoDirectory demo = new DemoDirectory();
			int total = Math.max(structures, FEATURED.size());
			zip.putNextEntry(new ZipEntry(DirectoryFile.STRUCTURES));
			DirectoryFile.line(writer, DirectoryFile.STRUCTURE_COLUMNS.toArray(String[]::new));
			for (int i = 0; i < total; i++) {
				DirectoryFile.line(writer, demo.structure(i));
			}
			writer.flush();
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(DirectoryFile.SERVICES));
			DirectoryFile.line(writer, DirectoryFile.SERVICE_COLUMNS.toArray(String[]::new));
			demo.random.setSeed(20261123L);
			long services = 0;
			for (int i = 0; i < total; i++) {
				services += demo.services(writer, i);
			}
			writer.flush();
			zip.closeEntry();
			return new long[] { total, services };
		}
	}

	private String[] structure(int index) {
		if (index < FEATURED.size()) {
			String[] featured = FEATURED.get(index);
			return row(featured[0], featured[1], featured[2], featured[3], featured[4], featured[5]);
		}
		String flags = (chance(25) ? "S" : "") + (chance(20) ? "E" : "") + (chance(10) ? "O" : "")
				+ (chance(80) ? "P" : "") + (chance(10) ? "M" : "") + (chance(1) ? "U" : "") + (chance(3) ? "I" : "")
				+ (chance(5) ? "R" : "") + (chance(5) ? "T" : "");
		String place = pick(PLACES) + pick(SUFFIXES);
		return row(siret(index), pick(KINDS) + " " + place,
				(1 + this.random.nextInt(120)) + " RUE " + pick("DE LA MAIRIE", "DES ECOLES", "DU CHATEAU", "DU PORT"),
				String.format(Locale.ROOT, "%02d%03d", 1 + this.random.nextInt(95), this.random.nextInt(1000)), place,
				flags);
	}

	private int services(Writer writer, int index) throws IOException {
		if (index < FEATURED.size()) {
			String[] featured = FEATURED.get(index);
			for (int i = 6; i < featured.length; i++) {
				String[] service = featured[i].split("\\|", -1);
				DirectoryFile.line(writer, service(featured[0], service[0], service[1], service[2]));
			}
			return featured.length - 6;
		}
		int count = chance(1) ? 60 : 1 + this.random.nextInt(12);
		String siret = siret(index);
		DirectoryFile.line(writer,
				service(siret, ServiceCode.FACTURES_PUBLIQUES, "Service des factures publiques", "P"));
		for (int i = 1; i < count; i++) {
			String flags = (chance(10) ? "E" : "") + (chance(80) ? "P" : "") + (chance(3) ? "I" : "");
			DirectoryFile.line(writer, service(siret, "SERV" + i, pick(SERVICE_NAMES) + " " + i, flags));
		}
		return count;
	}

	private static String[] row(String siret, String name, String street, String postalCode, String city,
			String flags) {
		return new String[] { "SIRET", siret, name, flag(flags, 'T'), flag(flags, 'R'), flag(flags, 'P'),
				flag(flags, 'E'), flag(flags, 'S'), flag(flags, 'O'), flag(flags, 'M'), flag(flags, 'U'),
				String.valueOf(flags.indexOf('I') < 0), street, "", "", postalCode, city, "", "", "FR", "FRANCE" };
	}

	private static String[] service(String siret, String code, String name, String flags) {
		int year = Year.now().getValue();
		String start = flags.contains("F") ? (year + 1) + "-01-01" : "";
		String end = flags.contains("X") ? (year - 1) + "-12-31" : "";
		return new String[] { "SIRET", siret, code, name, String.valueOf(flags.indexOf('I') < 0), start, end,
				flag(flags, 'E'), flag(flags, 'P') };
	}

	/**
	 * A fictional recipient's SIRET: its SIREN starts with 2, as local authorities' do.
	 */
	private static String siret(int index) {
		Siren siren = Siren.completing(String.format(Locale.ROOT, "%08d", 20_000_000 + index));
		return Siret.completing(siren, "0001").value();
	}

	private static String flag(String flags, char flag) {
		return String.valueOf(flags.indexOf(flag) >= 0);
	}

	private static String[] featured(String... values) {
		return values;
	}

	private boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	private String pick(String... values) {
		return values[this.random.nextInt(values.length)];
	}

}
