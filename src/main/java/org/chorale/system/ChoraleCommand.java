package org.chorale.system;

import java.io.PrintStream;
import java.util.List;

/**
 * A command run by {@code java -jar chorale.jar NAME ARGS...} instead of the portal.
 * Modules contribute them as beans; {@link CommandLine} finds them by {@link #name()}.
 */
public interface ChoraleCommand {

	String name();

	/** One line per sub-command, shown by {@code help}. */
	List<String> usage();

	/**
	 * @return the process exit code: 0 when done, 1 when the input was refused, 2 for a
	 * usage error
	 */
	int run(List<String> arguments, PrintStream out, PrintStream err);

}
