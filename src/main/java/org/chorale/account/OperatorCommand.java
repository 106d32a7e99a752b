package org.chorale.account;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.chorale.shared.EmailAddress;
import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Language;
import org.chorale.system.ChoraleCommand;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code administrator grant|revoke EMAIL} and {@code support grant|revoke EMAIL} give
 * the person with that login one of the platform operators' roles, or take it back;
 * {@code ... list} names those who hold it. These roles can only come from here: the
 * portal has no page that grants them.
 */
class OperatorCommand implements ChoraleCommand {

	private final Operator role;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final Locale locale;

	OperatorCommand(Operator role, AccountManagement accounts, MessageSource messages) {
		this.role = role;
		this.accounts = accounts;
		this.messages = messages;
		this.locale = Language.ofPosix(System.getenv("LANG")).locale();
	}

	@Override
	public String name() {
		return this.role.command();
	}

	@Override
	public List<String> usage() {
		String who = (this.role == Operator.ADMINISTRATOR) ? "a platform administrator" : "one of the support staff";
		return List.of(String.format("%-37s give an account the role of %s, or take it back",
				name() + " grant|revoke EMAIL", who), String.format("%-37s list who holds it", name() + " list"));
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		if (arguments.size() == 1 && arguments.get(0).equals("list")) {
			this.accounts.operators(this.role).forEach(person -> out.println(person.loginEmail().value()));
			return 0;
		}
		if (arguments.size() == 2 && List.of("grant", "revoke").contains(arguments.get(0))) {
			boolean grant = arguments.get(0).equals("grant");
			try {
				EmailAddress email = new EmailAddress(arguments.get(1));
				if (!this.accounts.assign(email, this.role, grant)) {
					err.println(text("operator.unknown", email.value()));
					return 1;
				}
				out.println(text("operator." + name() + (grant ? ".granted" : ".revoked"), email.value()));
				return 0;
			}
			catch (InvalidIdentifier ex) {
				err.println(this.messages.getMessage(ex, this.locale));
				return 1;
			}
		}
		usage().forEach(line -> err.println("Usage: java -jar chorale.jar " + line));
		return 2;
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, this.locale);
	}

	@Configuration(proxyBeanMethods = false)
	static class Commands {

		@Bean
		OperatorCommand administratorCommand(AccountManagement accounts, MessageSource messages) {
			return new OperatorCommand(Operator.ADMINISTRATOR, accounts, messages);
		}

		@Bean
		OperatorCommand supportCommand(AccountManagement accounts, MessageSource messages) {
			return new OperatorCommand(Operator.SUPPORT, accounts, messages);
		}

	}

}
