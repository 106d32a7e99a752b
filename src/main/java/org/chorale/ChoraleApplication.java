package org.chorale;

import java.util.function.Supplier;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.TransformerFactory;

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

	static {
		pinXmlFactories();
	}

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("validate")) {
			System.exit(CommandLine.runAlone(ValidateCommand.standalone(), args));
		}
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(ChoraleApplication.class, args));
		}
		SpringApplication.run(ChoraleApplication.class, args);
	}

	/**
	 * JAXP looks its factories up on the whole classpath at every {@code newInstance()}
	 * unless a system property names the class: with Saxon among the nested jars a
	 * TransformerFactory cost 24 ms, and openhtmltopdf and xmpbox ask for factories for
	 * every PDF/A document Chorale writes (half of its cost, measured). The class each
	 * lookup finds is pinned once, so which implementation serves does not change.
	 */
	static void pinXmlFactories() {
		pin("javax.xml.transform.TransformerFactory", TransformerFactory::newInstance);
		pin("javax.xml.parsers.DocumentBuilderFactory", DocumentBuilderFactory::newInstance);
		pin("javax.xml.parsers.SAXParserFactory", SAXParserFactory::newInstance);
		pin("javax.xml.stream.XMLInputFactory", XMLInputFactory::newInstance);
	}

	private static void pin(String property, Supplier<Object> lookup) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, lookup.get().getClass().getName());
		}
	}

}
