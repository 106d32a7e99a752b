package org.chorale.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message is said once in French and once in English: a key written twice in a file
 * silently replaces the first text (a column heading once became an error message).
 */
class MessagesTests {

	@Test
	void eachKeyIsDefinedOnceAndInBothLanguages() throws IOException {
		List<String> french = keys("messages.properties");
		List<String> english = keys("messages_en.properties");
		assertThat(repeated(french)).as("keys written twice in messages.properties").isEmpty();
		assertThat(repeated(english)).as("keys written twice in messages_en.properties").isEmpty();
		assertThat(english).containsExactlyInAnyOrderElementsOf(french);
	}

	private static List<String> keys(String file) throws IOException {
		return Files.readAllLines(Path.of("src", "main", "resources", file))
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.substring(0, line.indexOf('=')))
			.toList();
	}

	private static List<String> repeated(List<String> keys) {
		Map<String, Long> counts = keys.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
	}

}
