package org.chorale.notification;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chorale.shared.EmailAddress;
import org.chorale.shared.Language;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a plain-text e-mail whose subject and body are message keys
 * ({@code mail.<key>.subject}, {@code mail.<key>.body}) in the addressee's language. A
 * mail that cannot be sent is logged; the person can ask for it again.
 */
@Component
class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final NotificationProperties properties;

	private final Environment environment;

	Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, NotificationProperties properties,
			Environment environment) {
		this.sender = sender;
		this.environment = environment;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * @return whether the e-mail went to the mail server
	 */
	boolean send(EmailAddress to, Language language, String key, Object... arguments) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			log.warn("No mail server configured (spring.mail.host): the '{}' e-mail to {} was not sent", key, to);
			return false;
		}
		Locale locale = language.locale();
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.properties.sender());
			helper.setTo(to.value());
			helper.setSubject(this.messages.getMessage("mail." + key + ".subject", arguments, locale));
			helper.setText(this.messages.getMessage("mail." + key + ".body", arguments, locale)
					+ this.messages.getMessage("mail.signature", null, locale));
			mail.send(message);
			return true;
		}
		catch (MessagingException | MailException ex) {
			log.error("The '{}' e-mail to {} could not be sent: {}", key, to, ex.getMessage());
			return false;
		}
	}

	/** A message in this language, its arguments resolved too when they are messages. */
	String text(Language language, String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, language.locale());
	}

	/** The portal's address of this page, for a link in an e-mail. */
	String link(String path) {
		String base = this.properties.baseUrl().isBlank()
				? "http://localhost:" + this.environment.getProperty("local.server.port", "8080")
				: this.properties.baseUrl().replaceAll("/+$", "");
		return base + path;
	}

}
