package org.chorale.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the calling thread at a lower OS scheduling priority (a higher "nice" value), so
 * that work nobody waits for (the deposit queue) yields the processors to requests
 * someone waits for, and takes them all when requests leave them idle. Java's own thread
 * priorities are ignored on Linux unless the JVM is started with particular flags; this
 * asks the kernel directly ({@code setpriority} on the thread's id), which any user may
 * do to lower a priority. Elsewhere than on Linux, or if the kernel refuses, the thread
 * keeps its priority and a line says so once.
 */
public final class BackgroundPriority {

	private static final Logger log = LoggerFactory.getLogger(BackgroundPriority.class);

	private static final Path THREAD_SELF = Path.of("/proc/thread-self");

	private static final int PRIO_PROCESS = 0;

	private static volatile boolean warned;

	private BackgroundPriority() {
	}

	/**
	 * Lowers the calling thread to this niceness (1 to 19; 0 leaves it as it is).
	 * @return whether the thread now runs at that niceness
	 */
	public static boolean lower(int niceness) {
		if (niceness <= 0) {
			return false;
		}
		try {
			String task = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
			if (C.LIBRARY.setpriority(PRIO_PROCESS, Integer.parseInt(task), Math.min(niceness, 19)) == 0) {
				return true;
			}
			warn("the kernel refused setpriority (error " + Native.getLastError() + ")");
		}
		catch (IOException | UnsupportedOperationException | NumberFormatException | LinkageError ex) {
			warn("no per-thread priority here (" + ex + ")");
		}
		return false;
	}

	private static void warn(String why) {
		if (!warned) {
			warned = true;
			log.info("Background threads keep the priority of requests: {}", why);
		}
	}

	/** The C library's setpriority, loaded on first use. */
	private interface C extends Library {

		C LIBRARY = Native.load("c", C.class);

		int setpriority(int which, int who, int prio);

	}

}
