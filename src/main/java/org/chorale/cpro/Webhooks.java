package org.chorale.cpro;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chorale.structure.StructureId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A structure's webhooks: each event is POSTed as JSON to each of them, signed with the
 * webhook's secret ({@code X-Chorale-Signature: sha256=} the HMAC-SHA256 of
 * {@code timestamp + "." + body}, the timestamp in {@code X-Chorale-Timestamp}), and
 * retried until answered 2xx: after 30 s, then twice as long each time up to 6 h, for
 * {@link #ATTEMPTS} attempts. Nodes share the work: each claims due deliveries with
 * {@code FOR UPDATE SKIP LOCKED} and a lease.
 */
@Component
class Webhooks {

	static final int ATTEMPTS = 12;

	private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

	private static final Duration LAST_RETRY = Duration.ofHours(6);

	/** Longer than a batch can take: 20 sends of at most {@link #TIMEOUT} each. */
	private static final Duration LEASE = Duration.ofMinutes(10);

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final boolean privateAddresses;

	Webhooks(JdbcClient jdbc, JsonMapper json, Clock clock, CproProperties properties) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.privateAddresses = properties.webhooksToPrivateAddresses();
	}

	/**
	 * A new webhook of the structure; its secret, for checking signatures, is returned
	 * once.
	 * @throws org.chorale.shared.Refusal when the address is not an http(s) URL, or leads
	 * to the platform's own network (loopback, private, link-local addresses)
	 */
	String add(StructureId structure, String url) {
		URI address;
		try {
			address = URI.create(url.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new org.chorale.shared.Refusal("url", "cpro.webhook.url");
		}
		if (address.getHost() == null || !List.of("http", "https").contains(address.getScheme())
				|| address.toString().length() > 2000) {
			throw new org.chorale.shared.Refusal("url", "cpro.webhook.url");
		}
		if (!allowed(address)) {
			throw new org.chorale.shared.Refusal("url", "cpro.webhook.private");
		}
		String secret = Secrets.generate(40);
		this.jdbc.sql("insert into api_webhook (structure_id, url, secret, created_at) values (:s, :url, :secret, :at)")
			.param("s", structure.value())
			.param("url", address.toString())
			.param("secret", secret)
			.param("at", now())
			.update();
		return secret;
	}

	List<WebhookView> of(StructureId structure) {
		return this.jdbc
			.sql("""
					select w.id, w.url,
					       (select count(*) from api_delivery d where d.webhook_id = w.id and d.delivered_at is null) as pending,
					       (select max(d.last_error) from api_delivery d where d.webhook_id = w.id and d.delivered_at is null)
					from api_webhook w where w.structure_id = :s order by w.id""")
			.param("s", structure.value())
			.query((rs, n) -> new WebhookView(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.list();
	}

	void remove(StructureId structure, long webhook) {
		this.jdbc.sql("delete from api_webhook where id = :id and structure_id = :s")
			.param("id", webhook)
			.param("s", structure.value())
			.update();
	}

	/** Sends the deliveries that are due, a batch at a time, every two seconds. */
	@Scheduled(fixedDelayString = "PT2S", initialDelayString = "PT10S")
	void deliver() {
		List<Due> due;
		do {
			due = claim();
			due.forEach(this::send);
		}
		while (due.size() == BATCH);
	}

	private static final int BATCH = 20;

	/** Due deliveries, leased to this node so that no other sends them meanwhile. */
	private List<Due> claim() {
		return this.jdbc.sql("""
				update api_delivery d set next_attempt_at = :lease, attempts = d.attempts + 1
				from (select event_id, webhook_id from api_delivery
				      where delivered_at is null and next_attempt_at <= :now and attempts < :max
				      order by next_attempt_at limit :batch for update skip locked) due,
				     api_event e, api_webhook w
				where d.event_id = due.event_id and d.webhook_id = due.webhook_id
				  and e.id = d.event_id and w.id = d.webhook_id
				returning d.event_id, d.webhook_id, d.attempts, w.url, w.secret, e.type, e.invoice_id,
				          e.invoice_number, e.status, e.comment, e.at""")
			.param("lease", OffsetDateTime.ofInstant(this.clock.instant().plus(LEASE), ZoneOffset.UTC))
			.param("now", now())
			.param("max", ATTEMPTS)
			.param("batch", BATCH)
			.query((rs, n) -> new Due(rs.getLong("event_id"), rs.getLong("webhook_id"), rs.getInt("attempts"),
					rs.getString("url"), rs.getString("secret"),
					ApiEvents.payload(rs.getLong("event_id"), rs.getString("type"), rs.getLong("invoice_id"),
							rs.getString("invoice_number"), rs.getString("status"), rs.getString("comment"),
							rs.getTimestamp("at").toInstant())))
			.list();
	}

	private void send(Due due) {
		String body = this.json.writeValueAsString(due.payload());
		String timestamp = Long.toString(this.clock.instant().getEpochSecond());
		String error;
		URI address = URI.create(due.url());
		if (!allowed(address)) {
			error = "adresse refusée / address refused";
		}
		else {
			try {
				int status = this.http
					.sendAsync(HttpRequest.newBuilder(address)
						.timeout(TIMEOUT)
						.header("Content-Type", "application/json")
						.header("X-Chorale-Event-Id", Long.toString(due.event()))
						.header("X-Chorale-Timestamp", timestamp)
						.header("X-Chorale-Signature", "sha256=" + sign(due.secret(), timestamp + "." + body))
						.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
						.build(), HttpResponse.BodyHandlers.discarding())
					.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
					.get()
					.statusCode();
				if (status / 100 == 2) {
					this.jdbc
						.sql("update api_delivery set delivered_at = :now, last_error = null"
								+ " where event_id = :e and webhook_id = :w")
						.param("now", now())
						.param("e", due.event())
						.param("w", due.webhook())
						.update();
					return;
				}
				error = "HTTP " + status;
			}
			catch (ExecutionException ex) {
				error = (ex.getCause() instanceof TimeoutException
						|| ex.getCause() instanceof java.net.http.HttpTimeoutException) ? "délai dépassé / timed out"
								: "injoignable / unreachable";
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(due.attempts() - 1, 20));
		if (delay.compareTo(LAST_RETRY) > 0) {
			delay = LAST_RETRY;
		}
		log.info("Webhook {} refused event {} (attempt {}): {}", due.url(), due.event(), due.attempts(), error);
		this.jdbc
			.sql("update api_delivery set next_attempt_at = :next, last_error = :error"
					+ " where event_id = :e and webhook_id = :w")
			.param("next", OffsetDateTime.ofInstant(this.clock.instant().plus(delay), ZoneOffset.UTC))
			.param("error", error)
			.param("e", due.event())
			.param("w", due.webhook())
			.update();
	}

	private boolean allowed(URI address) {
		return this.privateAddresses || publicAddress(address);
	}

	/**
	 * Whether the address's host resolves only to public addresses: checked when a
	 * webhook is added and at each send, as DNS may change.
	 */
	static boolean publicAddress(URI address) {
		try {
			for (InetAddress resolved : InetAddress.getAllByName(address.getHost())) {
				byte[] bytes = resolved.getAddress();
				boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
				if (resolved.isLoopbackAddress() || resolved.isSiteLocalAddress() || resolved.isLinkLocalAddress()
						|| resolved.isAnyLocalAddress() || resolved.isMulticastAddress() || uniqueLocal) {
					return false;
				}
			}
			return true;
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/** The signature of a payload: hex HMAC-SHA256 with the webhook's secret. */
	static String sign(String secret, String signed) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("Every JDK has HmacSHA256", ex);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	record WebhookView(long id, String url, long pending, String lastError) {

	}

	private record Due(long event, long webhook, int attempts, String url, String secret, Map<String, Object> payload) {

	}

}
