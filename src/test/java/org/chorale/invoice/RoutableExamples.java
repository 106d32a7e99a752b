package org.chorale.invoice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.chorale.invoice.validation.Corpus;

/**
 * The CEN EN 16931 example invoices made routable to a public recipient of the demo
 * directory: the seller and the buyer get a SIRET (scheme 0009), BT-23 the cadre A1, a
 * buyer reference (BT-10) becomes the recipient's service {@link #SERVICE}, and BT-1 a
 * placeholder {@link #NUMBER} that each deposit replaces with a number of its own.
 * Everything else, lines, VAT and totals, stays as CEN wrote it.
 */
public final class RoutableExamples {

	public static final String NUMBER = "NUMERO-A-REMPLACER";

	/** A service of COMMUNE DE DEMOVILLE in the demo directory. */
	public static final String SERVICE = "ECOLES";

	private static final String UBL_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

	private static final String UBL_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

	private static final String CII_RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

	private RoutableExamples() {
	}

	/** Each UBL and CII example of the corpus, adapted; in name order. */
	public static List<byte[]> all(String seller, String buyer) throws Exception {
		List<byte[]> adapted = new ArrayList<>();
		for (String folder : List.of("ubl-examples", "cii-examples")) {
			try (Stream<Path> files = Files.list(Corpus.ROOT.resolve("en16931-cen").resolve(folder))) {
				for (Path file : files.sorted().toList()) {
					adapted.add(adapt(Files.readAllBytes(file), seller, buyer));
				}
			}
		}
		return adapted;
	}

	/**
	 * The invoice with this number in place of the placeholder, spliced as bytes:
	 * decoding the 3.2 MB example to replace a string costs milliseconds, which the
	 * deposit benchmark would count against Chorale.
	 */
	public static byte[] numbered(byte[] example, String number) {
		return numbering(example).apply(number);
	}

	/**
	 * Numbers this example again and again: the placeholder is looked for once, each
	 * number then costs a copy.
	 */
	public static Function<String, byte[]> numbering(byte[] example) {
		byte[] placeholder = NUMBER.getBytes(StandardCharsets.US_ASCII);
		List<byte[]> parts = new ArrayList<>();
		int from = 0;
		for (int at = indexOf(example, placeholder, 0); at >= 0; at = indexOf(example, placeholder, from)) {
			parts.add(Arrays.copyOfRange(example, from, at));
			from = at + placeholder.length;
		}
		parts.add(Arrays.copyOfRange(example, from, example.length));
		return number -> {
			byte[] replacement = number.getBytes(StandardCharsets.UTF_8);
			ByteArrayOutputStream out = new ByteArrayOutputStream(example.length + 64);
			for (int i = 0; i < parts.size(); i++) {
				if (i > 0) {
					out.writeBytes(replacement);
				}
				out.writeBytes(parts.get(i));
			}
			return out.toByteArray();
		};
	}

	private static int indexOf(byte[] bytes, byte[] part, int from) {
		search: for (int i = from; i <= bytes.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue search;
				}
			}
			return i;
		}
		return -1;
	}

	static byte[] adapt(byte[] example, String seller, String buyer) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(example));
		Element root = document.getDocumentElement();
		if (root.getLocalName().equals("CrossIndustryInvoice")) {
			cii(root, seller, buyer);
		}
		else {
			ubl(root, seller, buyer);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
		return out.toByteArray();
	}

	private static void ubl(Element root, String seller, String buyer) {
		Element id = child(root, "ID");
		id.setTextContent(NUMBER);
		Element profile = child(root, "ProfileID");
		if (profile == null) {
			profile = root.getOwnerDocument().createElementNS(UBL_CBC, "cbc:ProfileID");
			root.insertBefore(profile, id);
		}
		profile.setTextContent("A1");
		Element reference = child(root, "BuyerReference");
		if (reference != null) {
			reference.setTextContent(SERVICE);
		}
		ublParty(child(child(root, "AccountingSupplierParty"), "Party"), seller);
		ublParty(child(child(root, "AccountingCustomerParty"), "Party"), buyer);
	}

	/** UBL allows one buyer identifier (UBL-SR-16): an existing one is replaced. */
	private static void ublParty(Element party, String siret) {
		Element existing = child(party, "PartyIdentification");
		if (existing != null) {
			Element id = child(existing, "ID");
			id.setAttribute("schemeID", "0009");
			id.setTextContent(siret);
			return;
		}
		Document document = party.getOwnerDocument();
		Element identification = document.createElementNS(UBL_CAC, "cac:PartyIdentification");
		Element id = document.createElementNS(UBL_CBC, "cbc:ID");
		id.setAttribute("schemeID", "0009");
		id.setTextContent(siret);
		identification.appendChild(id);
		Element endpoint = child(party, "EndpointID");
		party.insertBefore(identification, (endpoint != null) ? endpoint.getNextSibling() : party.getFirstChild());
	}

	private static void cii(Element root, String seller, String buyer) {
		Element context = child(root, "ExchangedDocumentContext");
		Element process = child(context, "BusinessProcessSpecifiedDocumentContextParameter");
		if (process == null) {
			process = root.getOwnerDocument()
				.createElementNS(CII_RAM, "ram:BusinessProcessSpecifiedDocumentContextParameter");
			context.insertBefore(process, child(context, "GuidelineSpecifiedDocumentContextParameter"));
			process.appendChild(root.getOwnerDocument().createElementNS(CII_RAM, "ram:ID"));
		}
		child(process, "ID").setTextContent("A1");
		child(child(root, "ExchangedDocument"), "ID").setTextContent(NUMBER);
		Element agreement = child(child(root, "SupplyChainTradeTransaction"), "ApplicableHeaderTradeAgreement");
		Element reference = child(agreement, "BuyerReference");
		if (reference != null) {
			reference.setTextContent(SERVICE);
		}
		ciiParty(child(agreement, "SellerTradeParty"), seller);
		ciiParty(child(agreement, "BuyerTradeParty"), buyer);
	}

	/** A GlobalID goes after the party's IDs and other GlobalIDs, before its name. */
	private static void ciiParty(Element party, String siret) {
		Element global = party.getOwnerDocument().createElementNS(CII_RAM, "ram:GlobalID");
		global.setAttribute("schemeID", "0009");
		global.setTextContent(siret);
		party.insertBefore(global, child(party, "Name"));
	}

	private static Element child(Element parent, String name) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getLocalName())) {
				return e;
			}
		}
		return null;
	}

}
