package org.chorale.account;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.chorale.shared.EmailAddress;
import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Language;
import org.chorale.system.ChoraleCommand;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code administrator grant|revoke EMAIL} makes the person with that login a platform
 * administrator, or no longer one; {@code administrator list} names them. The first
 * administrator can only come from here: the portal has no page that grants the role.
 */
@Component
class AdministratorCommand implements ChoraleCommand {

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final Locale locale;

	AdministratorCommand(AccountManagement accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
		this.locale = Language.ofPosix(System.getenv("LANG")).locale();
	}

	@Override
	public String name() {
		return "administrator";
	}

	@Override
	public List<String> usage() {
		return List.of("administrator grant|revoke EMAIL     make an account a platform administrator, or no longer",
				"administrator list                    list the platform administrators");
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		if (arguments.size() == 1 && arguments.get(0).equals("list")) {
			this.accounts.administrators().forEach(email -> out.println(email.value()));
			return 0;
		}
		if (arguments.size() == 2 && List.of("grant", "revoke").contains(arguments.get(0))) {
			boolean grant = arguments.get(0).equals("grant");
			try {
				EmailAddress email = new EmailAddress(arguments.get(1));
				if (!this.accounts.administer(email, grant)) {
					err.println(text("administrator.unknown", email.value()));
					return 1;
				}
				out.println(text(grant ? "administrator.granted" : "administrator.revoked", email.value()));
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

}
