package org.chorale.sirene;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chorale.shared.Siret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * INSEE's API Sirene, replayed by a local server answering with INSEE's documented JSON.
 */
class SireneApiTests {

	InseeReplay insee;

	SireneApi api;

	@BeforeEach
	void startReplay() throws IOException {
		this.insee = new InseeReplay();
		this.api = this.insee.api();
	}

	@AfterEach
	void stopReplay() {
		this.insee.close();
	}

	@Test
	void readsAnEstablishmentFromInseesAnswer() {
		Establishment found = this.api.find(new Siret(InseeReplay.KNOWN)).orElseThrow();

		assertThat(found.legalName()).contains("ATELIERS FICTIFS DU REPLAY");
		assertThat(found.address().orElseThrow().singleLine())
			.isEqualTo("BATIMENT B, 4 B AVENUE DES SONGES, 21000 DIJON, FRANCE");
		assertThat(found.active()).isTrue();
		assertThat(found.headOffice()).isFalse();
		assertThat(found.categorieJuridique()).contains("5710");
		assertThat(this.insee.keysReceived).containsExactly("test-key");
	}

	@Test
	void masksWhatInseeMarksPartiallyDiffusible() {
		Establishment found = this.api.find(new Siret(InseeReplay.NON_DIFFUSIBLE)).orElseThrow();

		assertThat(found.nonDiffusible()).isTrue();
		assertThat(found.address()).isEmpty();
		assertThat(found.legalName()).isEmpty();
		assertThat(found.individualEntrepreneur()).isTrue();
	}

	@Test
	void answersNothingForASiretInseeDoesNotKnow() {
		assertThat(this.api.find(new Siret("73282932000074"))).isEmpty();
	}

	@Test
	void saysTheRegisterIsUnavailableWhenInseeFails() {
		assertThatThrownBy(() -> this.api.find(new Siret(InseeReplay.FAILING))).isInstanceOf(RegisterUnavailable.class);
		this.insee.close();
		assertThatThrownBy(() -> this.api.find(new Siret(InseeReplay.KNOWN))).isInstanceOf(RegisterUnavailable.class);
	}

	@Test
	void isOffWithoutAKey() {
		SireneApi off = new SireneApi(new SireneProperties(
				new SireneProperties.Api(" ", URI.create("http://127.0.0.1:1"), Duration.ofSeconds(1)), 100));
		assertThat(off.enabled()).isFalse();
		assertThat(this.api.enabled()).isTrue();
	}

}
