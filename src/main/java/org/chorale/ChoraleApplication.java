package org.chorale;

import org.chorale.invoice.ValidateCommand;
import org.chorale.system.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Chorale: an open-source public-sector e-invoicing platform, compatible with Chorus Pro.
 * <p>
 * Without arguments it starts the portal;
 * {@code java -jar chorale.jar sirene import FILE...} and the other commands listed by
 * {@code java -jar chorale.jar help} run once and exit.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChoraleApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("validate")) {
			System.exit(CommandLine.runAlone(ValidateCommand.standalone(), args));
		}
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(ChoraleApplication.class, args));
		}
		SpringApplication.run(ChoraleApplication.class, args);
	}

}
