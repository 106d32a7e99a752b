package org.chorale.invoice;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chorale.invoice.*}: where originals are kept, how much one deposit may hold, and
 * how deposits are processed.
 *
 * @param documents the document store's folder
 * @param documentsInDatabase the largest original kept in PostgreSQL instead of the
 * folder, committed with its deposit (0: every original in the folder)
 * @param maxFileSize the largest invoice file, once out of its archive (Chorus Pro: 10
 * MB)
 * @param maxDepositSize the largest upload, and the most its archive may unpack to
 * (Chorus Pro: 120 MB)
 * @param maxBatchInvoices the most invoices in one archive (Chorus Pro's flow limit: 500)
 * @param workers threads that process deposits on this node; 0 (the default) for one more
 * than its processors, so that a worker waiting on the disk (its commit's flush, a large
 * original) leaves no processor idle
 * @param workerNiceness the OS niceness of those threads (0 to 19; 19 by default, the
 * lowest priority): requests, which someone waits for, come first, and the workers take
 * what they leave
 * @param warmUp whether to compile every rule set at start-up; readiness waits for it
 */
@Validated
@ConfigurationProperties("chorale.invoice")
public record InvoiceProperties(@NotNull @DefaultValue("data/documents") Path documents,
		@NotNull @DefaultValue("64KB") DataSize documentsInDatabase,
		@NotNull @DefaultValue("10MB") DataSize maxFileSize, @NotNull @DefaultValue("120MB") DataSize maxDepositSize,
		@Min(1) @Max(10000) @DefaultValue("500") int maxBatchInvoices, @Min(0) @Max(64) @DefaultValue("0") int workers,
		@Min(0) @Max(19) @DefaultValue("19") int workerNiceness, @DefaultValue("true") boolean warmUp) {

	public InvoiceProperties {
		if (workers == 0) {
			workers = Runtime.getRuntime().availableProcessors() + 1;
		}
	}

}
