package org.chorale.account;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chorale.ChoraleTest;
import org.chorale.TestPeople;
import org.chorale.shared.EmailAddress;
import org.chorale.structure.TestStructures;
import org.chorale.system.ChoraleCommand;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** The operators' roles come from the command line only: grant, list, revoke. */
@ChoraleTest
class OperatorCommandTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void supportIsGrantedListedAndRevokedFromTheCommandLine() {
		String agent = TestPeople.email("agent");
		AccountId id = TestStructures.person(this.context, agent);
		assertThat(run("support", "grant", agent)).isEqualTo(0);
		assertThat(this.accounts.holds(id, Operator.SUPPORT)).isTrue();
		assertThat(this.accounts.holds(id, Operator.ADMINISTRATOR)).isFalse();
		assertThat(((SignedInUser) this.users.loadUserByUsername(agent)).support()).isTrue();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains(agent);
		run("support", "list");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains(agent);
		assertThat(run("support", "revoke", agent)).isEqualTo(0);
		assertThat(this.accounts.holds(id, Operator.SUPPORT)).isFalse();
		assertThat(run("support", "grant", "personne@example.test")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("personne@example.test");
		assertThat(this.accounts.operators(Operator.SUPPORT)).extracting(Person::loginEmail)
			.doesNotContain(new EmailAddress(agent));
	}

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String command, String... arguments) {
		ChoraleCommand found = this.context.getBeansOfType(ChoraleCommand.class)
			.values()
			.stream()
			.filter(c -> c.name().equals(command))
			.findFirst()
			.orElseThrow();
		return found.run(List.of(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
