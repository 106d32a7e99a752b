package org.chorale.invoice;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** How many deposit workers a node runs. */
class InvoicePropertiesTests {

	@Test
	void byDefaultOneWorkerMoreThanTheProcessors() {
		assertThat(withWorkers(0).workers()).isEqualTo(Runtime.getRuntime().availableProcessors() + 1);
	}

	@Test
	void aConfiguredNumberOfWorkersIsKept() {
		assertThat(withWorkers(2).workers()).isEqualTo(2);
	}

	private static InvoiceProperties withWorkers(int workers) {
		return new InvoiceProperties(Path.of("data/documents"), DataSize.ofKilobytes(64), DataSize.ofMegabytes(10),
				DataSize.ofMegabytes(120), 500, workers, 19, true);
	}

}
