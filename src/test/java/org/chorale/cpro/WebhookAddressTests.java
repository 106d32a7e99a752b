package org.chorale.cpro;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A webhook cannot reach the platform's own network. */
class WebhookAddressTests {

	@Test
	void loopbackPrivateAndLinkLocalAddressesAreRefusedPublicOnesAccepted() {
		assertThat(Webhooks.publicAddress(URI.create("http://localhost:8080/hook"))).isFalse();
		assertThat(Webhooks.publicAddress(URI.create("http://127.0.0.1/hook"))).isFalse();
		assertThat(Webhooks.publicAddress(URI.create("http://10.1.2.3/hook"))).isFalse();
		assertThat(Webhooks.publicAddress(URI.create("http://192.168.0.10/hook"))).isFalse();
		assertThat(Webhooks.publicAddress(URI.create("http://169.254.169.254/latest/meta-data"))).isFalse();
		assertThat(Webhooks.publicAddress(URI.create("http://[::1]/hook"))).isFalse();
		assertThat(Webhooks.publicAddress(URI.create("http://[fd00::1]/hook"))).isFalse();
		assertThat(Webhooks.publicAddress(URI.create("https://nowhere.invalid/hook"))).isFalse();
		assertThat(Webhooks.publicAddress(URI.create("https://93.184.215.14/hook"))).isTrue();
	}

}
