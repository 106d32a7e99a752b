package org.chorale.system;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one {@link ChoraleCommand} in a context without web server or demo data, then
 * exits. Arguments starting with {@code --} are Spring properties
 * ({@code --spring.datasource.url=...}); the others go to the command.
 */
public final class CommandLine {

	static final int USAGE = 2;

	private CommandLine() {
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	public static int run(Class<?> application, String[] args) {
		List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
		String[] springArgs = Arrays.stream(args).filter(a -> a.startsWith("--")).toArray(String[]::new);
		SpringApplication spring = new SpringApplication(application);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setBannerMode(Banner.Mode.OFF);
		spring.setLogStartupInfo(false);
		spring.setDefaultProperties(Map.of("chorale.system.demo-data", "false", "logging.level.root", "WARN",
				"logging.level.org.chorale", "INFO", "logging.level.org.springframework.boot.SpringApplication", "OFF",
				"logging.level.org.springframework.context", "ERROR"));
		ConfigurableApplicationContext context;
		try {
			context = spring.run(springArgs);
		}
		catch (RuntimeException ex) {
			utf8(FileDescriptor.err).println("Chorale n'a pas pu démarrer / Chorale could not start: " + reason(ex));
			return 1;
		}
		try (context) {
			return dispatch(List.copyOf(context.getBeansOfType(ChoraleCommand.class).values()), words);
		}
	}

	/**
	 * Runs a command that needs no Spring context, such as {@code validate}, which should
	 * not wait for a database it does not use.
	 */
	public static int runAlone(ChoraleCommand command, String[] args) {
		quietLogs();
		return dispatch(List.of(command), Arrays.asList(args));
	}

	/** Libraries log their progress at INFO; a command prints only its own. */
	private static void quietLogs() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
			logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
		}
	}

	static int dispatch(List<ChoraleCommand> commands, List<String> words) {
		PrintStream out = utf8(FileDescriptor.out);
		PrintStream err = utf8(FileDescriptor.err);
		Optional<ChoraleCommand> command = commands.stream().filter(c -> c.name().equals(words.get(0))).findFirst();
		if (command.isPresent()) {
			return command.get().run(new ArrayList<>(words.subList(1, words.size())), out, err);
		}
		boolean help = words.get(0).equals("help");
		if (!help) {
			err.println("Commande inconnue / Unknown command: " + words.get(0));
		}
		(help ? out : err).println(usage(commands));
		return help ? 0 : USAGE;
	}

	/**
	 * French needs accents whatever the platform's default charset; terminals today read
	 * UTF-8.
	 */
	private static PrintStream utf8(FileDescriptor descriptor) {
		return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
	}

	static String usage(List<ChoraleCommand> commands) {
		StringBuilder usage = new StringBuilder(
				"Usage: java -jar chorale.jar [COMMAND ARGS...] [--property=value...]\n");
		usage.append("  (no command)  start the portal\n");
		commands.forEach(c -> c.usage().forEach(line -> usage.append("  ").append(line).append('\n')));
		return usage.toString();
	}

	/**
	 * The message Chorale wrote, else the root cause's: Spring's wrappers say little to
	 * an operator.
	 */
	private static String reason(Throwable ex) {
		Throwable root = ex;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			StackTraceElement[] trace = cause.getStackTrace();
			if (trace.length > 0 && trace[0].getClassName().startsWith("org.chorale")) {
				return cause.getMessage();
			}
			root = cause;
		}
		return root.getMessage();
	}

}
