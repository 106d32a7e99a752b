package org.chorale.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.chorale.TestPeople;
import org.chorale.account.AccountId;
import org.chorale.account.AccountManagement;
import org.chorale.directory.DirectoryAdministration;
import org.chorale.directory.TestDirectory;
import org.chorale.shared.EmailAddress;
import org.chorale.shared.Siret;
import org.chorale.structure.StructureId;
import org.chorale.structure.TestStructures;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * UBL invoices to public recipients, from a CEN example adapted for Chorus Pro's mapping:
 * seller and buyer SIRETs (scheme 0009), service code in BT-10, commitment in BT-13,
 * cadre de facturation in BT-23.
 */
public final class TestInvoices {

	public static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);

	private TestInvoices() {
	}

	/**
	 * An invoice with this number from this seller to this buyer; blank codes are left
	 * out.
	 */
	public static byte[] ubl(String number, String seller, String buyer, String serviceCode, String commitment,
			String cadre) {
		String xml = template();
		if (serviceCode.isBlank()) {
			xml = xml.replaceAll("\\s*<cbc:BuyerReference>\\$\\{serviceCode}</cbc:BuyerReference>", "");
		}
		if (commitment.isBlank()) {
			xml = xml.replaceAll(
					"\\s*<cac:OrderReference>\\s*<cbc:ID>\\$\\{commitment}</cbc:ID>\\s*</cac:OrderReference>", "");
		}
		Map<String, String> values = Map.of("number", number, "seller", seller, "buyer", buyer, "serviceCode",
				serviceCode, "commitment", commitment, "cadre", cadre, "issueDate", ISSUED.toString(), "dueDate",
				ISSUED.plusDays(30).toString());
		for (Map.Entry<String, String> value : values.entrySet()) {
			xml = xml.replace("${" + value.getKey() + "}", value.getValue());
		}
		return xml.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Starts a test with no account, deposit or draft, the demo directory's featured
	 * recipients, and one supplier (SIRET {@code DepositTests.SUPPLIER}) whose primary
	 * manager has this name.
	 */
	public static Supplier supplier(ApplicationContext context, String person) throws IOException, SQLException {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		TestPeople.none(jdbc);
		TestPeople.empty(jdbc, "TRUNCATE deposit_file, deposit, invoice_draft, invoice_count CASCADE");
		TestDirectory.featured(jdbc, context.getBean(DirectoryAdministration.class));
		String manager = TestPeople.email(person);
		return new Supplier(manager,
				TestStructures.supplier(context, new Siret(DepositTests.SUPPLIER), "PAPETERIE TEST", manager));
	}

	/** A test's supplier and the login of its primary manager. */
	public record Supplier(String manager, StructureId id) {

	}

	/** The deposit once processed; fails after a minute. */
	public static DepositView finished(InvoiceManagement invoices, AccountId member, StructureId supplier, long id)
			throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			DepositView deposit = invoices.deposit(member, supplier, id);
			if (deposit.status().finished()) {
				return deposit;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Deposit " + id + " still not processed after 60 s");
	}

	/** A .zip of these files, in this order. */
	public static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String template() {
		try (InputStream in = TestInvoices.class.getResourceAsStream("/invoice/ubl-invoice.xml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An invoice of this number from the test supplier to COMMUNE DE DEMOVILLE (service
	 * ECOLES), deposited by its manager and integrated: its id.
	 */
	public static long integrated(ApplicationContext context, Supplier supplier, String number)
			throws InterruptedException {
		return integrated(context, supplier, number, "A1", Optional.empty());
	}

	/** The same with this cadre and, for A9 and A12, the structure that validates it. */
	static long integrated(ApplicationContext context, Supplier supplier, String number, String cadre,
			Optional<Siret> validator) throws InterruptedException {
		InvoiceManagement invoices = context.getBean(InvoiceManagement.class);
		AccountId account = context.getBean(AccountManagement.class)
			.find(new EmailAddress(supplier.manager()))
			.orElseThrow()
			.id();
		DepositReceipt receipt = invoices.deposit(account, supplier.id(), DepositChannel.SAISIE_PORTAIL,
				number + ".xml", ubl(number, DepositTests.SUPPLIER, DepositTests.DEMOVILLE, "ECOLES", "", cadre),
				java.util.List.of(), validator);
		finished(invoices, account, supplier.id(), receipt.id());
		return context.getBean(JdbcClient.class)
			.sql("select id from invoice where number = :number")
			.param("number", number)
			.query(Long.class)
			.single();
	}

	/** The counts kept beside the lists are those the invoices give, party by party. */
	static void countsMatchTheInvoices(JdbcClient jdbc) {
		String kept = "select party_kind || ' ' || party || ' ' || status || ' ' || count from invoice_count "
				+ "where count <> 0 order by 1";
		String actual = """
				select kind || ' ' || party || ' ' || status || ' ' || n from (
				    select 'R' as kind, recipient as party, status, count(*) as n from invoice
				    where status not in ('A_VALIDER_1', 'REFUSEE_1') group by recipient, status
				    union all
				    select 'S', supplier_id::text, status, count(*) from invoice group by supplier_id, status
				    union all
				    select 'V', validator, status, count(*) from invoice where validator is not null
				    group by validator, status) c
				order by 1""";
		org.assertj.core.api.Assertions.assertThat(jdbc.sql(kept).query(String.class).list())
			.isEqualTo(jdbc.sql(actual).query(String.class).list())
			.isNotEmpty();
	}

	/**
	 * A plain text PDF with these lines, as an invoice's PDF or a supporting document.
	 */
	public static byte[] pdf(String... lines) throws Exception {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				text.newLineAtOffset(50, 700);
				for (String line : List.of(lines)) {
					text.showText(line);
					text.newLineAtOffset(0, -16);
				}
				text.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
