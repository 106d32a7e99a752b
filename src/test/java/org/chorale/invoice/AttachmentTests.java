package org.chorale.invoice;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.chorale.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attachments are told by their content, within Chorus Pro's types and sizes. */
class AttachmentTests {

	private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 };

	private static final byte[] ZIP = { 'P', 'K', 3, 4, 0 };

	@Test
	void acceptsChorusProTypesWhoseContentIsWhatTheirNameSays() {
		assertThat(Attachment.of("C:\\Users\\marie\\bon.PDF", PDF, 1000).name()).isEqualTo("bon.PDF");
		assertThat(Attachment.of("bon.pdf", PDF, 1000).mediaType()).isEqualTo("application/pdf");
		assertThat(Attachment.of("photo.png", PNG, 1000).mediaType()).isEqualTo("image/png");
		assertThat(Attachment.of("devis.docx", ZIP, 1000).mediaType()).contains("wordprocessingml");
		assertThat(Attachment.of("releve.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), 1000).mediaType())
			.isEqualTo("text/csv");
	}

	@Test
	void refusesWhatIsNotWhatItsNameSaysUnknownTypesEmptyAndOversizedFiles() {
		assertThatThrownBy(() -> Attachment.of("photo.png", PDF, 1000)).isInstanceOf(Refusal.class)
			.hasMessageContaining("photo.png")
			.hasMessageContaining("PNG");
		assertThatThrownBy(() -> Attachment.of("notes.txt", PNG, 1000)).isInstanceOf(Refusal.class)
			.hasMessageContaining("TXT");
		assertThatThrownBy(() -> Attachment.of("outil.exe", new byte[] { 'M', 'Z' }, 1000)).isInstanceOf(Refusal.class)
			.hasMessageContaining("n'est pas d'un type accepté");
		assertThatThrownBy(() -> Attachment.of("sans-extension", PDF, 1000)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> Attachment.of("vide.pdf", new byte[0], 1000)).isInstanceOf(Refusal.class)
			.hasMessageContaining("est vide");
		assertThatThrownBy(() -> Attachment.of("gros.pdf", PDF, 5)).isInstanceOf(Refusal.class)
			.hasMessageContaining("gros.pdf");
		assertThatThrownBy(() -> Attachment.of("a".repeat(201) + ".pdf", PDF, 1000)).isInstanceOf(Refusal.class);
	}

}
