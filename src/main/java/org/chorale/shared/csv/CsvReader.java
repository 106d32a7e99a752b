package org.chorale.shared.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A streaming reader of CSV (RFC 4180: a delimiter, double quotes, UTF-8) that keeps only
 * the columns asked for and reports the exact line of a bad byte, a stray quote or an
 * unterminated field. It decodes UTF-8 itself so that an encoding error points to its own
 * line, not to the start of a buffer.
 */
public final class CsvReader {

	private static final int BUFFER = 1 << 16;

	/**
	 * Register fields have a few hundred characters at most; far more means a quote left
	 * open.
	 */
	public static final int LONGEST_FIELD = 1 << 16;

	private final InputStream in;

	private final String file;

	private final char delimiter;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);

	private final CharBuffer chars = CharBuffer.allocate(BUFFER);

	private boolean endOfInput;

	private boolean malformed;

	private int position;

	private int limit;

	private int pushedBack = -1;

	private long line = 1;

	private long recordLine;

	private boolean[] wanted = new boolean[0];

	private String[] values = new String[0];

	private int fieldCount;

	private boolean blankLine;

	private char[] field = new char[256];

	private int fieldLength;

	/** A reader of comma-separated values. */
	public CsvReader(InputStream in, String file) {
		this(in, file, ',');
	}

	public CsvReader(InputStream in, String file, char delimiter) {
		this.in = in;
		this.file = file;
		this.delimiter = delimiter;
	}

	/** Reads the header row; the byte-order mark some tools add is dropped. */
	public String[] header() throws IOException {
		this.wanted = null;
		if (!nextRecord()) {
			throw new MalformedFile(this.file, 1, "file.empty");
		}
		String[] names = new String[this.fieldCount];
		System.arraycopy(this.values, 0, names, 0, this.fieldCount);
		if (names.length > 0 && names[0].startsWith("\uFEFF")) {
			names[0] = names[0].substring(1);
		}
		return names;
	}

	/**
	 * From now on only the fields whose index is true are kept; the others are checked
	 * and dropped.
	 */
	public void keep(boolean[] columns) {
		this.wanted = columns;
		this.values = new String[columns.length];
	}

	/**
	 * Reads the next record, skipping blank lines.
	 * @return false at the end of the file
	 */
	public boolean next() throws IOException {
		while (nextRecord()) {
			if (!this.blankLine) {
				return true;
			}
		}
		return false;
	}

	/** The line where the current record starts, 1 being the header. */
	public long line() {
		return this.recordLine;
	}

	public int fieldCount() {
		return this.fieldCount;
	}

	/** The field at {@code index} if it was kept, empty fields being "". */
	public String field(int index) {
		return this.values[index];
	}

	private boolean nextRecord() throws IOException {
		int c = read();
		if (c == -1) {
			return false;
		}
		this.recordLine = this.line;
		this.fieldCount = 0;
		this.blankLine = c == '\n' || c == '\r';
		while (true) {
			this.fieldLength = 0;
			c = (c == '"') ? readQuoted() : readPlain(c);
			store();
			if (c != this.delimiter) {
				endRecord(c);
				return true;
			}
			c = read();
		}
	}

	/**
	 * After a record's last field comes a line break (LF, CRLF or CR) or the end of the
	 * file.
	 */
	private void endRecord(int c) throws IOException {
		if (c == '\r') {
			int next = read();
			if (next != '\n') {
				this.pushedBack = next;
			}
		}
		else if (c != '\n' && c != -1) {
			throw new MalformedFile(this.file, this.line, "file.strayQuote", this.fieldCount);
		}
		if (c != -1) {
			this.line++;
		}
	}

	private int readPlain(int first) throws IOException {
		int c = first;
		while (c != this.delimiter && c != '\n' && c != '\r' && c != -1) {
			if (c == '"') {
				throw new MalformedFile(this.file, this.line, "file.strayQuote", this.fieldCount + 1);
			}
			append((char) c);
			c = read();
		}
		return c;
	}

	/**
	 * Reads a quoted field, its doubled quotes and line breaks included; returns the
	 * character after it.
	 */
	private int readQuoted() throws IOException {
		while (true) {
			int c = read();
			if (c == -1) {
				throw new MalformedFile(this.file, this.recordLine, "file.unterminatedQuote", this.fieldCount + 1);
			}
			if (c == '"') {
				c = read();
				if (c != '"') {
					return c;
				}
			}
			else if (c == '\n' || (c == '\r' && !followedByLineFeed())) {
				this.line++;
			}
			append((char) c);
		}
	}

	private boolean followedByLineFeed() throws IOException {
		int next = read();
		this.pushedBack = next;
		return next == '\n';
	}

	private void append(char c) {
		if (this.fieldLength == LONGEST_FIELD) {
			throw new MalformedFile(this.file, this.recordLine, "file.fieldTooLong", this.fieldCount + 1,
					LONGEST_FIELD);
		}
		if (this.fieldLength == this.field.length) {
			char[] larger = new char[this.field.length * 2];
			System.arraycopy(this.field, 0, larger, 0, this.fieldLength);
			this.field = larger;
		}
		this.field[this.fieldLength++] = c;
	}

	private void store() {
		int index = this.fieldCount++;
		if (this.wanted == null) {
			if (index == this.values.length) {
				String[] larger = new String[Math.max(64, this.values.length * 2)];
				System.arraycopy(this.values, 0, larger, 0, this.values.length);
				this.values = larger;
			}
			this.values[index] = new String(this.field, 0, this.fieldLength);
		}
		else if (index < this.wanted.length && this.wanted[index]) {
			this.values[index] = (this.fieldLength == 0) ? "" : new String(this.field, 0, this.fieldLength);
		}
	}

	private int read() throws IOException {
		if (this.pushedBack >= 0) {
			int c = this.pushedBack;
			this.pushedBack = -1;
			return c;
		}
		if (this.position == this.limit && !fill()) {
			return -1;
		}
		return this.chars.array()[this.position++];
	}

	private boolean fill() throws IOException {
		if (this.malformed) {
			throw new MalformedFile(this.file, this.line, "file.encoding");
		}
		this.chars.clear();
		while (true) {
			if (!this.endOfInput && this.bytes.hasRemaining()) {
				int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
				if (read < 0) {
					this.endOfInput = true;
				}
				else {
					this.bytes.position(this.bytes.position() + read);
				}
			}
			this.bytes.flip();
			CoderResult result = this.decoder.decode(this.bytes, this.chars, this.endOfInput);
			this.bytes.compact();
			if (result.isError()) {
				this.malformed = true;
				break;
			}
			if (this.chars.position() > 0 || this.endOfInput) {
				break;
			}
		}
		this.position = 0;
		this.limit = this.chars.position();
		if (this.limit == 0 && this.malformed) {
			throw new MalformedFile(this.file, this.line, "file.encoding");
		}
		return this.limit > 0;
	}

}
