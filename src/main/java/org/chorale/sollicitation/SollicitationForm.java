package org.chorale.sollicitation;

import java.util.Arrays;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * The new request's form, as the page sends it.
 *
 * @param invoiceNumbers the invoices it is about, separated by commas, spaces or lines
 */
record SollicitationForm(SubCategory subCategory, String recipientSiret, String invoiceNumbers, String subject,
		String message, List<MultipartFile> files) {

	static SollicitationForm empty() {
		return new SollicitationForm(null, null, null, null, null, null);
	}

	/** A request about this invoice, to its recipient. */
	static SollicitationForm about(String invoiceNumber, String recipientSiret) {
		return new SollicitationForm(SubCategory.SUIVI_TRAITEMENT, recipientSiret, invoiceNumber, null, null, null);
	}

	SollicitationManagement.Draft draft() {
		List<String> numbers = (this.invoiceNumbers == null) ? List.of()
				: Arrays.stream(this.invoiceNumbers.split("[,;\\s]+")).filter(n -> !n.isBlank()).distinct().toList();
		return new SollicitationManagement.Draft(this.subCategory, this.recipientSiret, numbers, this.subject,
				this.message);
	}

}
