package org.chorale.invoice.validation;

import java.nio.charset.StandardCharsets;

/**
 * What a file is, told by its first bytes and never by its name: a supplier's
 * {@code facture.xml} may well be a PDF.
 */
public enum FileType {

	PDF, XML, ZIP, GZIP, OTHER;

	/** PDF readers accept the header anywhere in the first kilobyte; so do we. */
	private static final int PDF_HEADER_WINDOW = 1024;

	public static FileType of(byte[] content) {
		if (startsWith(content, 0x50, 0x4B, 0x03, 0x04) || startsWith(content, 0x50, 0x4B, 0x05, 0x06)) {
			return ZIP;
		}
		if (startsWith(content, 0x1F, 0x8B)) {
			return GZIP;
		}
		if (pdfHeader(content)) {
			return PDF;
		}
		return xml(content) ? XML : OTHER;
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean pdfHeader(byte[] content) {
		String start = new String(content, 0, Math.min(content.length, PDF_HEADER_WINDOW), StandardCharsets.ISO_8859_1);
		return start.contains("%PDF-");
	}

	/** A UTF-8 byte order mark and white space may come before the first tag. */
	private static boolean xml(byte[] content) {
		int i = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		while (i < content.length && Character.isWhitespace(content[i])) {
			i++;
		}
		return i < content.length && content[i] == '<';
	}

}
