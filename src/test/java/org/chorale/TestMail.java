package org.chorale;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The SMTP server the tests' Chorale sends to: a GreenMail started once for the test JVM,
 * named by {@code spring.mail.host} and {@code spring.mail.port}, so mail goes over real
 * SMTP as in production.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private static GreenMail server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "spring.mail.host=127.0.0.1",
				"spring.mail.port=" + server().getSmtp().getPort());
	}

	static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
		}
		return server;
	}

	/**
	 * The e-mails received for this address, waiting until there are at least
	 * {@code count}.
	 */
	public static List<MimeMessage> to(String address, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			List<MimeMessage> received = Arrays.stream(server().getReceivedMessages())
				.filter(message -> recipient(message).equalsIgnoreCase(address))
				.toList();
			if (received.size() >= count || System.nanoTime() > deadline) {
				return received;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return received;
			}
		}
	}

	/** The last e-mail received for this address, waiting for it. */
	public static MimeMessage last(String address) {
		List<MimeMessage> received = to(address, 1);
		if (received.isEmpty()) {
			throw new AssertionError("No e-mail received for " + address);
		}
		return received.get(received.size() - 1);
	}

	/**
	 * The e-mail with this subject received for this address, waiting for it: mails are
	 * sent asynchronously, so the last one received may be an earlier one.
	 */
	public static MimeMessage withSubject(String address, String subject) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			for (MimeMessage message : to(address, 0)) {
				if (subject.equals(subject(message))) {
					return message;
				}
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("No e-mail \"" + subject + "\" received for " + address);
	}

	public static String body(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	/** The first link of the last e-mail to this address. */
	public static String link(String address) {
		Matcher matcher = LINK.matcher(body(last(address)));
		if (!matcher.find()) {
			throw new AssertionError("No link in the last e-mail to " + address);
		}
		return matcher.group();
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new AssertionError(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (MessagingException ex) {
			throw new AssertionError(ex);
		}
	}

}
