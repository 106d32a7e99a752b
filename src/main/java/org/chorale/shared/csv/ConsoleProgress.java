package org.chorale.shared.csv;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Prints an import's progress at most every two seconds: rows read, rate, share of the
 * file and time left.
 */
public final class ConsoleProgress implements ImportListener {

	private static final long EVERY = 2_000_000_000L;

	private final PrintStream out;

	private final MessageSource messages;

	private final Locale locale;

	private String file;

	private long started;

	private long printed;

	public ConsoleProgress(PrintStream out, MessageSource messages, Locale locale) {
		this.out = out;
		this.messages = messages;
		this.locale = locale;
	}

	@Override
	public void reading(String file, long rows, long bytesRead, long bytesTotal) {
		long now = System.nanoTime();
		if (!file.equals(this.file)) {
			this.file = file;
			this.started = now;
			this.printed = now;
			return;
		}
		if (now - this.printed < EVERY) {
			return;
		}
		this.printed = now;
		double elapsed = (now - this.started) / 1e9;
		double share = (bytesTotal > 0) ? Math.min(1.0, (double) bytesRead / bytesTotal) : 0;
		long left = (share > 0) ? Math.round(elapsed / share - elapsed) : 0;
		this.out.println(this.messages.getMessage("import.progress",
				new Object[] { file, rows, Math.round(rows / elapsed), Math.round(share * 100), left }, this.locale));
	}

	@Override
	public void applying(String file, long rows) {
		this.out.println(this.messages.getMessage("import.applying", new Object[] { file, rows }, this.locale));
	}

	public static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
	}

}
