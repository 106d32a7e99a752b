package org.chorale.sollicitation;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chorale.sollicitation.*}: how many files a message may carry and how large each,
 * Chorus Pro's 10 MB per attachment by default.
 */
@Validated
@ConfigurationProperties("chorale.sollicitation")
record SollicitationProperties(@DefaultValue("5") @Min(0) int attachmentsPerMessage,
		@DefaultValue("10MB") DataSize attachmentSize) {

}
