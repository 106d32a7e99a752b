package org.chorale.invoice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import org.chorale.invoice.validation.FileType;
import org.chorale.shared.Refusal;

/**
 * The invoice files of an upload: the file itself, or the files of its .zip or .tar.gz
 * archive. Sizes are counted while unpacking, never taken from the archive's headers, so
 * a zip bomb stops at the limit; an entry named outside the archive (an absolute path,
 * "..") refuses the whole archive.
 */
final class Batch {

	private Batch() {
	}

	static List<IncomingFile> files(IncomingFile upload, InvoiceProperties limits) {
		if (upload.content().length == 0) {
			throw Refusal.of("deposit.empty", upload.name());
		}
		if (upload.content().length > limits.maxDepositSize().toBytes()) {
			throw Refusal.of("deposit.too-large", upload.name(), megabytes(limits.maxDepositSize().toBytes()));
		}
		try {
			return switch (FileType.of(upload.content())) {
				case ZIP -> zip(upload, limits);
				case GZIP -> tarGz(upload, limits);
				default -> List.of(single(upload, limits));
			};
		}
		catch (IOException ex) {
			throw Refusal.of("deposit.archive-unreadable", upload.name(), ex.getMessage());
		}
	}

	private static IncomingFile single(IncomingFile upload, InvoiceProperties limits) {
		if (upload.content().length > limits.maxFileSize().toBytes()) {
			throw Refusal.of("deposit.file-too-large", upload.name(), megabytes(limits.maxFileSize().toBytes()));
		}
		return upload;
	}

	private static List<IncomingFile> zip(IncomingFile upload, InvoiceProperties limits) throws IOException {
		Unpacked unpacked = new Unpacked(upload.name(), limits);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload.content()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (!entry.isDirectory()) {
					unpacked.add(entry.getName(), zip);
				}
			}
		}
		return unpacked.files();
	}

	private static List<IncomingFile> tarGz(IncomingFile upload, InvoiceProperties limits) throws IOException {
		Unpacked unpacked = new Unpacked(upload.name(), limits);
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new GZIPInputStream(new ByteArrayInputStream(upload.content())))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				if (entry.isSymbolicLink() || entry.isLink()) {
					throw Refusal.of("deposit.archive-unsafe", upload.name(), entry.getName());
				}
				if (entry.isFile()) {
					unpacked.add(entry.getName(), tar);
				}
			}
		}
		return unpacked.files();
	}

	private static long megabytes(long bytes) {
		return bytes / (1024 * 1024);
	}

	/** The files read so far, and the budget they still have. */
	private static final class Unpacked {

		private final String archive;

		private final InvoiceProperties limits;

		private final List<IncomingFile> files = new ArrayList<>();

		private long total;

		Unpacked(String archive, InvoiceProperties limits) {
			this.archive = archive;
			this.limits = limits;
		}

		void add(String name, InputStream entry) throws IOException {
			if (ignored(name)) {
				return;
			}
			if (unsafe(name)) {
				throw Refusal.of("deposit.archive-unsafe", this.archive, name);
			}
			if (this.files.size() == this.limits.maxBatchInvoices()) {
				throw Refusal.of("deposit.too-many-invoices", this.archive, this.limits.maxBatchInvoices());
			}
			byte[] content = read(name, entry);
			this.total += content.length;
			if (this.total > this.limits.maxDepositSize().toBytes()) {
				throw Refusal.of("deposit.archive-too-large", this.archive,
						megabytes(this.limits.maxDepositSize().toBytes()));
			}
			this.files.add(new IncomingFile(name, content));
		}

		List<IncomingFile> files() {
			if (this.files.isEmpty()) {
				throw Refusal.of("deposit.archive-empty", this.archive);
			}
			return List.copyOf(this.files);
		}

		/** Reads at most the file limit, plus one byte to know it was passed. */
		private byte[] read(String name, InputStream entry) throws IOException {
			long max = this.limits.maxFileSize().toBytes();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[64 * 1024];
			for (int n = entry.read(buffer); n > 0; n = entry.read(buffer)) {
				out.write(buffer, 0, n);
				if (out.size() > max) {
					throw Refusal.of("deposit.file-too-large", name, megabytes(max));
				}
			}
			return out.toByteArray();
		}

		/**
		 * What archivers add beside the files: macOS resource forks, Finder and Windows
		 * files.
		 */
		private static boolean ignored(String name) {
			String base = name.substring(name.lastIndexOf('/') + 1);
			return name.startsWith("__MACOSX/") || base.equals(".DS_Store") || base.equalsIgnoreCase("Thumbs.db");
		}

		private static boolean unsafe(String name) {
			String path = name.replace('\\', '/');
			return path.startsWith("/") || path.matches("^[A-Za-z]:.*") || ("/" + path + "/").contains("/../")
					|| path.chars().anyMatch(c -> c < 0x20);
		}

	}

}
