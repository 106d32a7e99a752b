package org.chorale.invoice;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored document sent as a download under its own name, never shown inline: an HTML or
 * SVG attachment must not run in the portal's origin.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(String name, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name.substring(name.lastIndexOf('/') + 1), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(content);
	}

}
