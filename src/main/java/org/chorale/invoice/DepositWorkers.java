package org.chorale.invoice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.chorale.system.BackgroundPriority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The threads that empty the deposit queue on this node. They wake when a deposit is
 * committed here, and look again every {@link #POLL} for deposits received by other nodes
 * or left over by a crash. They run at a low OS priority: a deposit is acknowledged
 * before they take it, so requests come first.
 */
@Component
class DepositWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DepositWorkers.class);

	static final Duration POLL = Duration.ofSeconds(1);

	/**
	 * How long a stop lets the workers finish the batch in hand before interrupting them
	 * (an interrupted batch rolls back and is processed again at the next start).
	 */
	static final Duration FINISH = Duration.ofSeconds(5);

	private final DepositProcessor processor;

	private final int count;

	private final int niceness;

	private final Semaphore work = new Semaphore(0);

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	DepositWorkers(DepositProcessor processor, InvoiceProperties properties) {
		this.processor = processor;
		this.count = properties.workers();
		this.niceness = properties.workerNiceness();
	}

	/**
	 * Wakes this node's workers for a deposit once its transaction commits (a plain
	 * signal, not an event: nothing is lost without it, the workers also look every
	 * second).
	 */
	void wakeAfterCommit(int files) {
		int permits = Math.min(files, this.count);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					DepositWorkers.this.work.release(permits);
				}
			});
		}
		else {
			this.work.release(permits);
		}
	}

	@Override
	public synchronized void start() {
		this.running = true;
		for (int i = 0; i < this.count; i++) {
			Thread thread = new Thread(this::loop, "deposit-worker-" + (i + 1));
			thread.setDaemon(true);
			thread.start();
			this.threads.add(thread);
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		this.work.release(this.count);
		join(FINISH);
		this.threads.forEach(Thread::interrupt);
		join(Duration.ofSeconds(10));
		this.threads.clear();
	}

	/** Waits for the workers to end, at most {@code limit} in all. */
	private void join(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		for (Thread thread : this.threads) {
			try {
				thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void loop() {
		BackgroundPriority.lower(this.niceness);
		while (this.running) {
			try {
				if (!this.processor.processWaiting()) {
					this.work.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				if (this.running) {
					log.warn("Deposit processing paused after an error; retrying", ex);
					sleep();
				}
			}
		}
	}

	private void sleep() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
