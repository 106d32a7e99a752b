package org.chorale.invoice;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chorale.ChoraleApplication;
import org.chorale.TestPeople;
import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Siret;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;
import org.chorale.structure.WorkArea;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Factures reçues" of a commune with a million invoices (issue 6), run by
 * {@code bench/worklists.sh}: Chorale with its web server on the database named by
 * {@code --spring.datasource.*}; the invoices are generated in SQL from one deposited for
 * real; the recipient signs in and its pages are requested over loopback, so each time is
 * the server's whole answer (access check, query, counts, page rendering).
 */
public final class WorkListBenchmark {

	private static final int INVOICES = Integer.getInteger("bench.invoices", 1_000_000);

	private static final int RUNS = Integer.getInteger("bench.runs", 400);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern NEXT = Pattern.compile("href=\"([^\"]*after=[^\"]+)\"");

	private WorkListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		SpringApplication spring = new SpringApplication(ChoraleApplication.class);
		spring.setWebApplicationType(WebApplicationType.SERVLET);
		spring.setBannerMode(Banner.Mode.OFF);
		spring.setLogStartupInfo(false);
		try (ConfigurableApplicationContext context = spring.run(args)) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			TestInvoices.Supplier supplier = TestInvoices.supplier(context, "bench");
			String mayor = TestPeople.email("maire");
			StructureId commune = TestStructures.publicStructure(context, new Siret(DepositTests.DEMOVILLE),
					"COMMUNE DE DEMOVILLE", mayor, EnumSet.of(WorkArea.FACTURES_RECUES));
			generate(context, jdbc, supplier);

			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			HttpClient http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			String base = "http://127.0.0.1:" + port;
			signIn(http, base, mayor);
			String list = base + "/structures/" + commune.value() + "/factures-recues";
			System.out.printf(Locale.ROOT, "%,d invoices received by COMMUNE DE DEMOVILLE; %d requests each%n",
					INVOICES, RUNS);
			boolean first = time(http, list, "first page", true);
			boolean filtered = time(http, list + "?status=SUSPENDUE", "filtered page (status)", true);
			time(http, list + "?status=MISE_A_DISPOSITION&sort=AMOUNT&ascending=true",
					"filtered and sorted page (status, amount)", false);
			time(http, list + "?from=2026-06-01&to=2026-06-30", "filtered page (a month of issue dates)", false);
			String deep = list;
			for (int page = 0; page < 200; page++) {
				String body = get(http, deep);
				Matcher next = NEXT.matcher(body);
				if (!next.find()) {
					break;
				}
				deep = base + next.group(1).replace("&amp;", "&");
			}
			time(http, deep, "page 201 by keyset", false);
			time(http, list + "?party=BETA", "filtered page (supplier name, not indexed)", false);
			System.out.printf("work lists, 1,000,000 invoices, p95 < 50 ms server time: %s%n",
					(first && filtered) ? "PASS" : "FAIL");
		}
	}

	/**
	 * One invoice deposited for real, then {@link #INVOICES} in SQL like it: statuses,
	 * dates, amounts, suppliers' names and downloads spread as a busy commune's.
	 */
	private static void generate(ConfigurableApplicationContext context, JdbcClient jdbc,
			TestInvoices.Supplier supplier) throws Exception {
		InvoiceManagement invoices = context.getBean(InvoiceManagement.class);
		AccountId account = context.getBean(AccountManagement.class)
			.find(new EmailAddress(supplier.manager()))
			.orElseThrow()
			.id();
		DepositReceipt receipt = invoices.deposit(account, supplier.id(), DepositChannel.UPLOAD_PORTAIL, "f.xml",
				TestInvoices.ubl("B-0", DepositTests.SUPPLIER, DepositTests.DEMOVILLE, "ECOLES", "", "A1"));
		TestInvoices.finished(invoices, account, supplier.id(), receipt.id());
		long started = System.nanoTime();
		jdbc.sql(
				"""
						insert into invoice (supplier_id, supplier_identifier, supplier_name, deposit_id, deposit_position,
						                     number, year, kind, cadre, issue_date, currency, recipient_id, recipient,
						                     recipient_name, service_code, total_with_vat, syntax, original_sha256, status,
						                     status_at, deposited_at, downloaded_at)
						select i.supplier_id, i.supplier_identifier,
						       (array['ALPHA', 'BETA', 'GAMMA', 'DELTA', 'EPSILON'])[1 + n % 5] || ' FOURNITURES ' || (n % 997),
						       i.deposit_id, 1, 'B-' || n, i.year, i.kind, i.cadre, date '2026-01-01' + (n % 330), i.currency,
						       i.recipient_id, i.recipient, i.recipient_name, i.service_code, 10 + (n::bigint * 7919) % 100000, i.syntax,
						       i.original_sha256,
						       case when n % 100 < 60 then 'MISE_A_DISPOSITION' when n % 100 < 75 then 'SERVICE_FAIT'
						            when n % 100 < 85 then 'MANDATEE' when n % 100 < 90 then 'MISE_EN_PAIEMENT'
						            when n % 100 < 95 then 'SUSPENDUE' when n % 100 < 98 then 'REJETEE' else 'A_RECYCLER' end,
						       i.status_at, i.deposited_at + n * interval '1 second',
						       case when n % 2 = 0 then i.deposited_at end
						from invoice i, generate_series(1, :count) as n""")
			.param("count", INVOICES - 1)
			.update();
		context.getBean(InvoiceCounts.class).recount();
		jdbc.sql("vacuum analyze invoice").update();
		System.out.printf(Locale.ROOT, "generated %,d invoices in %.0f s%n", INVOICES - 1,
				(System.nanoTime() - started) / 1e9);
	}

	private static void signIn(HttpClient http, String base, String email) throws Exception {
		String form = get(http, base + "/connexion");
		Matcher csrf = CSRF.matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create(base + "/connexion"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("email=" + java.net.URLEncoder.encode(email, "UTF-8")
							+ "&password=" + java.net.URLEncoder.encode(TestStructures.PASSWORD, "UTF-8") + "&_csrf="
							+ csrf.group(1)))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("erreur")) {
			throw new IllegalStateException("Sign-in failed: " + response.statusCode());
		}
	}

	private static String get(HttpClient http, String url) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response.body();
	}

	/**
	 * Requests the page {@link #RUNS} times after a warm-up, and prints p50, p95, p99.
	 * @return whether p95 is under 50 ms
	 */
	private static boolean time(HttpClient http, String url, String what, boolean target) throws Exception {
		for (int i = 0; i < 50; i++) {
			get(http, url);
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long started = System.nanoTime();
			get(http, url);
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		double p95 = nanos[(int) Math.ceil(0.95 * RUNS) - 1] / 1e6;
		System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%s%n", what,
				nanos[RUNS / 2] / 1e6, p95, nanos[(int) Math.ceil(0.99 * RUNS) - 1] / 1e6, nanos[RUNS - 1] / 1e6,
				target ? ((p95 < 50) ? " (target p95 < 50 ms: PASS)" : " (target p95 < 50 ms: FAIL)") : "");
		return p95 < 50;
	}

}
