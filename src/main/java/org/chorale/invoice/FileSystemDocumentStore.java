package org.chorale.invoice;

import org.chorale.shared.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Originals under {@code chorale.invoice.documents}, in {@code ab/cd/abcd...}: written to
 * a temporary file, forced to disk, then moved into place and the move forced to disk
 * too, so a crash never leaves half a document under a real name, nor loses the name of
 * one whose deposit was acknowledged.
 */
class FileSystemDocumentStore implements DocumentStore {

	private static final String WRITER = UUID.randomUUID().toString();

	private static final AtomicLong TEMPORARY = new AtomicLong();

	private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

	private final Path root;

	FileSystemDocumentStore(Path root) {
		this.root = root.toAbsolutePath();
	}

	@Override
	public StoredDocument put(byte[] content) {
		String sha256 = Sha256.hex(content);
		Path target = path(sha256);
		if (!Files.exists(target)) {
			write(target, content);
		}
		return new StoredDocument(sha256, content.length);
	}

	@Override
	public byte[] get(String sha256) {
		try {
			byte[] content = Files.readAllBytes(path(sha256));
			if (!Sha256.hex(content).equals(sha256)) {
				throw new CorruptDocument("Document " + sha256 + " no longer matches its SHA-256");
			}
			return content;
		}
		catch (NoSuchFileException ex) {
			throw new CorruptDocument("Document " + sha256 + " is missing from " + this.root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path path(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static void write(Path target, byte[] content) {
		try {
			Path folder = target.getParent();
			if (!Files.isDirectory(folder)) {
				Path existing = folder;
				while (!Files.isDirectory(existing)) {
					existing = existing.getParent();
				}
				Files.createDirectories(folder);
				for (Path created = folder; !created.equals(existing); created = created.getParent()) {
					force(created.getParent());
				}
			}
			// one random name per process and a counter rather than createTempFile's
			// secure
			// random name per file: unique among writers of every node, which CREATE_NEW
			// checks
			Path temporary = target.resolveSibling(".incoming-" + WRITER + "-" + TEMPORARY.incrementAndGet() + ".tmp");
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			move(temporary, target);
			force(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Forces a folder's entries to disk (where the system can: Windows opens no folder as
	 * a file).
	 */
	private static void force(Path folder) throws IOException {
		if (WINDOWS) {
			return;
		}
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

	private static void move(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
			Files.deleteIfExists(temporary);
			if (!Files.exists(target)) {
				throw ex;
			}
		}
	}

}
