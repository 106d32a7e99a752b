package org.chorale.shared.csv;

/** Follows a register import while it runs, to show progress. */
public interface ImportListener {

	ImportListener SILENT = new ImportListener() {
	};

	/**
	 * Called every few tens of thousands of rows while a file is read.
	 * @param bytesRead bytes of the file read so far (compressed bytes for a zip)
	 * @param bytesTotal the file's size
	 */
	default void reading(String file, long rows, long bytesRead, long bytesTotal) {
	}

	/** The file is read and checked; its rows are now being written into the register. */
	default void applying(String file, long rows) {
	}

}
