package org.chorale.cpro;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls take their turn once their body is read and give it back before their answer is
 * written; the others wait, in order.
 */
class CallQueueTests {

	private final CallQueue queue = new CallQueue(
			new CproProperties(50, 100, DataSize.ofMegabytes(170), Duration.ofDays(424), false, 30, 1));

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aSecondCallWaitsForTheFirstToGiveBackItsTurn() throws Exception {
		MockHttpServletRequest first = read(new MockHttpServletRequest());
		CompletableFuture<MockHttpServletRequest> second = CompletableFuture
			.supplyAsync(() -> read(new MockHttpServletRequest()));

		assertThat(waitsStill(second)).isTrue();
		answer(first);
		MockHttpServletRequest done = second.get(5, TimeUnit.SECONDS);

		CallQueue.leave(done); // what the API's filter does at the end of every call
		CallQueue.leave(done); // and no more than once
		assertThat(read(new MockHttpServletRequest())).isNotNull();
	}

	@Test
	void aCallThatWaitsForSomethingElseLendsItsTurnMeanwhile() throws Exception {
		MockHttpServletRequest first = read(new MockHttpServletRequest());
		CompletableFuture<MockHttpServletRequest> second = new CompletableFuture<>();

		String waited = this.queue.aside(() -> {
			CompletableFuture.runAsync(() -> second.complete(read(new MockHttpServletRequest())));
			try {
				MockHttpServletRequest other = second.get(5, TimeUnit.SECONDS);
				answer(other);
				return "lent";
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});

		assertThat(waited).isEqualTo("lent");
		CompletableFuture<MockHttpServletRequest> third = CompletableFuture
			.supplyAsync(() -> read(new MockHttpServletRequest()));
		assertThat(waitsStill(third)).isTrue(); // the first call has its turn back
		CallQueue.leave(first);
		assertThat(third.get(5, TimeUnit.SECONDS)).isNotNull();
	}

	/** A call's body read, in the calling thread, as Spring MVC does. */
	private MockHttpServletRequest read(MockHttpServletRequest request) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		this.queue.afterBodyRead("{}", null, null, String.class, null);
		return request;
	}

	/** The call's answer about to be written. */
	private void answer(MockHttpServletRequest request) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		this.queue.beforeBodyWrite("{}", null, null, null, null, null);
	}

	private static boolean waitsStill(CompletableFuture<?> call) throws InterruptedException {
		Thread.sleep(300);
		return !call.isDone();
	}

}
