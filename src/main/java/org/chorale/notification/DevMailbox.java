package org.chorale.notification;

import java.io.IOException;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.stream.IntStream;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process SMTP server of the embedded default: it keeps every e-mail Chorale sends
 * in memory, for the dev mailbox page, and delivers none.
 */
class DevMailbox implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DevMailbox.class);

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final GreenMail server;

	DevMailbox() {
		this.server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		this.server.start();
		log.info("E-mails go to the dev mailbox, /dev/courriels (in-process SMTP on port {})", port());
	}

	int port() {
		return this.server.getSmtp().getPort();
	}

	/** The messages received, newest first. */
	List<Mail> mails() {
		MimeMessage[] received = this.server.getReceivedMessages();
		return IntStream.range(0, received.length)
			.mapToObj(index -> Mail.of(index, received[index]))
			.sorted(Comparator.comparingInt(Mail::index).reversed())
			.toList();
	}

	@Override
	public void close() {
		this.server.stop();
	}

	/** One received e-mail, with the links of its body. */
	record Mail(int index, String to, String subject, Date sent, String body, List<String> links) {

		static Mail of(int index, MimeMessage message) {
			try {
				String body = (message.getContent() instanceof String text) ? text : GreenMailUtil.getBody(message);
				return new Mail(index, InternetAddress.toString(message.getAllRecipients()), message.getSubject(),
						message.getSentDate(), body, LINK.matcher(body).results().map(MatchResult::group).toList());
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException("A received e-mail could not be read", ex);
			}
		}

	}

}
