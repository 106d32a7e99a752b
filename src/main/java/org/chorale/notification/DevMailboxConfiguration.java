package org.chorale.notification;

import org.chorale.system.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * On the embedded default with no mail server configured, e-mails go to an in-process
 * SMTP server and show on {@code /dev/courriels}, so that someone trying Chorale can
 * follow an activation link. Elsewhere neither the server nor the page exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDevMailbox
class DevMailboxConfiguration {

	@Bean(destroyMethod = "close")
	DevMailbox devMailbox() {
		return new DevMailbox();
	}

	@Bean
	JavaMailSender devMailSender(DevMailbox mailbox) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(mailbox.port());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

	@Bean
	PublicPages devMailboxPages() {
		return PublicPages.of("/dev/courriels", "/dev/courriels/**");
	}

}
