package org.chorale.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something said to a user through a key of {@code messages.properties} (French) and
 * {@code messages_en.properties} (English) and its arguments. Pages resolve it with
 * Spring's {@code MessageSource}; {@link #text(Locale)} serves logs, exceptions and the
 * command line.
 */
public interface Translatable extends MessageSourceResolvable {

	/**
	 * The text in English for {@code Locale.ENGLISH}, in French for any other language.
	 */
	default String text(Locale locale) {
		Locale language = (Language.of(locale) == Language.ENGLISH) ? Locale.ENGLISH : Locale.ROOT;
		ResourceBundle bundle = ResourceBundle.getBundle("messages", language,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(getCodes()[0]), locale).format(getArguments());
	}

}
