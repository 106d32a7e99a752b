package org.chorale.invoice;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who waits on this node for a deposit to be processed, woken when its last file's
 * transaction commits here. A plain signal: a deposit processed by another node wakes
 * nobody, so those who wait also look again at intervals.
 */
@Component
class DepositCompletions {

	private final Map<Long, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

	/**
	 * A signal for the deposit's end on this node: taken before looking at the deposit,
	 * so that an end between the look and the wait is not missed.
	 */
	CompletableFuture<Void> watch(long deposit) {
		return this.waiting.computeIfAbsent(deposit, id -> new CompletableFuture<>());
	}

	/** Waits at most this long for the signal. */
	void await(long deposit, CompletableFuture<Void> signal, Duration atMost) {
		try {
			signal.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// looked again by the caller
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The signal is no longer awaited. */
	void forget(long deposit, CompletableFuture<Void> signal) {
		this.waiting.remove(deposit, signal);
	}

	/** Wakes who waits for these deposits once the current transaction commits. */
	void finishedAfterCommit(Collection<Long> deposits) {
		if (deposits.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					finished(deposits);
				}
			});
		}
		else {
			finished(deposits);
		}
	}

	private void finished(Collection<Long> deposits) {
		for (Long deposit : deposits) {
			CompletableFuture<Void> signal = this.waiting.remove(deposit);
			if (signal != null) {
				signal.complete(null);
			}
		}
	}

}
