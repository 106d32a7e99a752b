package org.chorale.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundPriorityTests {

	@Test
	@EnabledOnOs(OS.LINUX)
	void aBackgroundThreadRunsAtTheNicenessAskedAndOtherThreadsKeepTheirs() throws Exception {
		int before = niceness();
		AtomicReference<String> seen = new AtomicReference<>();
		Thread thread = new Thread(() -> {
			boolean lowered = BackgroundPriority.lower(19);
			seen.set(lowered + " " + niceness());
		});
		thread.start();
		thread.join();

		assertThat(seen.get()).isEqualTo("true 19");
		assertThat(niceness()).isEqualTo(before);
	}

	@Test
	void zeroLeavesTheThreadAsItIs() throws Exception {
		AtomicReference<Boolean> lowered = new AtomicReference<>();
		Thread thread = new Thread(() -> lowered.set(BackgroundPriority.lower(0)));
		thread.start();
		thread.join();

		assertThat(lowered.get()).isFalse();
	}

	/** The calling thread's niceness, the 19th field of its stat line. */
	private static int niceness() {
		try {
			String stat = Files.readString(Path.of("/proc/thread-self/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Integer.parseInt(fields[16]);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
