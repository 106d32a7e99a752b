package org.chorale.shared.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read from a file on disk, to tell how far along an import is
 * (compressed bytes for a zip).
 */
public final class CountingInputStream extends FilterInputStream {

	private long count;

	public CountingInputStream(InputStream in) {
		super(in);
	}

	public long count() {
		return this.count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		this.count += (b >= 0) ? 1 : 0;
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		this.count += Math.max(read, 0);
		return read;
	}

}
