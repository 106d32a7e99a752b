package org.chorale.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.context.MessageSourceResolvable;

/**
 * An identifier that does not check out. It carries a message key of
 * {@code messages.properties} and its arguments, so each surface shows it in the reader's
 * language; {@link #getMessage()} is the French text.
 */
public class InvalidIdentifier extends IllegalArgumentException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	InvalidIdentifier(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public String getMessage() {
		return getMessage(Locale.FRENCH);
	}

	/**
	 * The message in French or English ({@code Locale.ENGLISH}); other languages get
	 * French.
	 */
	public String getMessage(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(this.code), locale).format(this.arguments);
	}

}
