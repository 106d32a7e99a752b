package org.chorale.invoice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.chorale.shared.Refusal;

/**
 * A supporting document deposited with an invoice (Chorus Pro's pièce jointe
 * complémentaire): a delivery note, a timesheet, a signed quote... It accepts Chorus
 * Pro's file types, each told by its content, not by its name alone: a file whose content
 * is not what its extension says is refused.
 *
 * @param mediaType what the content is, by its extension once both agree
 */
public record Attachment(String name, String mediaType, byte[] content) {

	/** Longest file name kept: longer ones are refused rather than cut. */
	static final int MAX_NAME = 200;

	/** Chorus Pro's accepted extensions, each with the content it must have. */
	private static final Map<String, Kind> EXTENSIONS = Map.ofEntries(Map.entry("pdf", Kind.PDF),
			Map.entry("png", Kind.PNG), Map.entry("jpg", Kind.JPEG), Map.entry("jpeg", Kind.JPEG),
			Map.entry("gif", Kind.GIF), Map.entry("bmp", Kind.BMP), Map.entry("tif", Kind.TIFF),
			Map.entry("tiff", Kind.TIFF), Map.entry("fax", Kind.TIFF), Map.entry("svg", Kind.TEXT),
			Map.entry("txt", Kind.TEXT), Map.entry("csv", Kind.TEXT), Map.entry("xml", Kind.TEXT),
			Map.entry("htm", Kind.TEXT), Map.entry("html", Kind.TEXT), Map.entry("xhtml", Kind.TEXT),
			Map.entry("rtf", Kind.RTF), Map.entry("doc", Kind.OLE), Map.entry("xls", Kind.OLE),
			Map.entry("ppt", Kind.OLE), Map.entry("pps", Kind.OLE), Map.entry("xlc", Kind.OLE),
			Map.entry("xlm", Kind.OLE), Map.entry("docx", Kind.ZIP), Map.entry("xlsx", Kind.ZIP),
			Map.entry("pptx", Kind.ZIP), Map.entry("odt", Kind.ZIP), Map.entry("ods", Kind.ZIP),
			Map.entry("odp", Kind.ZIP), Map.entry("zip", Kind.ZIP), Map.entry("gz", Kind.GZIP),
			Map.entry("gzip", Kind.GZIP), Map.entry("tgz", Kind.GZIP), Map.entry("bz2", Kind.BZIP2),
			Map.entry("p7s", Kind.SIGNATURE));

	private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(Map.entry("pdf", "application/pdf"),
			Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
			Map.entry("gif", "image/gif"), Map.entry("bmp", "image/bmp"), Map.entry("tif", "image/tiff"),
			Map.entry("tiff", "image/tiff"), Map.entry("svg", "image/svg+xml"), Map.entry("txt", "text/plain"),
			Map.entry("csv", "text/csv"), Map.entry("xml", "application/xml"), Map.entry("htm", "text/html"),
			Map.entry("html", "text/html"), Map.entry("xhtml", "application/xhtml+xml"),
			Map.entry("rtf", "application/rtf"), Map.entry("doc", "application/msword"),
			Map.entry("xls", "application/vnd.ms-excel"), Map.entry("ppt", "application/vnd.ms-powerpoint"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
			Map.entry("odt", "application/vnd.oasis.opendocument.text"),
			Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
			Map.entry("odp", "application/vnd.oasis.opendocument.presentation"), Map.entry("zip", "application/zip"),
			Map.entry("gz", "application/gzip"), Map.entry("gzip", "application/gzip"),
			Map.entry("tgz", "application/gzip"), Map.entry("bz2", "application/x-bzip2"),
			Map.entry("p7s", "application/pkcs7-signature"));

	/**
	 * Checks a file handed over as an attachment.
	 * @throws Refusal naming the file: empty, too large, a type Chorus Pro does not take,
	 * or content that is not what its extension says
	 */
	static Attachment of(String fileName, byte[] content, long maxSize) {
		String name = (fileName == null) ? "" : fileName.substring(fileName.replace('\\', '/').lastIndexOf('/') + 1);
		if (name.isBlank() || name.length() > MAX_NAME) {
			throw Refusal.of("attachment.name", MAX_NAME);
		}
		if (content.length == 0) {
			throw Refusal.of("attachment.empty", name);
		}
		if (content.length > maxSize) {
			throw Refusal.of("attachment.too-large", name, maxSize / (1024 * 1024));
		}
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		Kind kind = EXTENSIONS.get(extension);
		if (kind == null) {
			throw Refusal.of("attachment.type", name);
		}
		if (!kind.matches(content)) {
			throw Refusal.of("attachment.content", name, extension.toUpperCase(Locale.ROOT));
		}
		return new Attachment(name, MEDIA_TYPES.getOrDefault(extension, "application/octet-stream"), content);
	}

	/** What a file's first bytes say it is. */
	private enum Kind {

		PDF, PNG, JPEG, GIF, BMP, TIFF, TEXT, RTF, OLE, ZIP, GZIP, BZIP2, SIGNATURE;

		/** How far into a file a PDF header or a NUL byte is looked for. */
		private static final int WINDOW = 8192;

		boolean matches(byte[] content) {
			return switch (this) {
				case PDF -> contains(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 1024);
				case PNG -> starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
				case JPEG -> starts(content, 0xFF, 0xD8, 0xFF);
				case GIF -> starts(content, 'G', 'I', 'F', '8');
				case BMP -> starts(content, 'B', 'M');
				case TIFF -> starts(content, 'I', 'I', '*', 0) || starts(content, 'M', 'M', 0, '*');
				case TEXT -> text(content);
				case RTF -> starts(content, '{', '\\', 'r', 't', 'f');
				case OLE -> starts(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
				case ZIP -> starts(content, 'P', 'K', 3, 4) || starts(content, 'P', 'K', 5, 6);
				case GZIP -> starts(content, 0x1F, 0x8B);
				case BZIP2 -> starts(content, 'B', 'Z', 'h');
				case SIGNATURE -> starts(content, 0x30) || starts(content, '-', '-', '-', '-', '-', 'B', 'E', 'G');
			};
		}

		private static boolean starts(byte[] content, int... magic) {
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

		private static boolean contains(byte[] content, byte[] part, int within) {
			byte[] start = Arrays.copyOf(content, Math.min(content.length, within));
			outer: for (int i = 0; i <= start.length - part.length; i++) {
				for (int j = 0; j < part.length; j++) {
					if (start[i + j] != part[j]) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		}

		/** Text has no NUL byte: binaries almost always have some early on. */
		private static boolean text(byte[] content) {
			for (int i = 0; i < Math.min(content.length, WINDOW); i++) {
				if (content[i] == 0) {
					return false;
				}
			}
			return true;
		}

	}

}
