package org.chorale.system;

import java.util.Optional;
import java.util.function.Supplier;

import org.chorale.shared.InvalidIdentifier;
import org.chorale.shared.Refusal;
import org.chorale.shared.Translatable;

import org.springframework.validation.BindingResult;

/**
 * Turns the refusals of values and aggregates into form errors, shown next to their field
 * in the page's language.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * The value the supplier builds from a form field, or empty with the error recorded
	 * on that field (or on the field the refusal names), so that one submission reports
	 * every wrong field at once.
	 */
	public static <T> Optional<T> field(BindingResult result, String field, Supplier<T> value) {
		try {
			return Optional.of(value.get());
		}
		catch (InvalidIdentifier ex) {
			reject(result, field, ex);
			return Optional.empty();
		}
		catch (Refusal ex) {
			reject(result, ex.field().orElse(field), ex);
			return Optional.empty();
		}
	}

	/** Records the refusal on its field, or on the whole form when it names none. */
	public static void reject(BindingResult result, Refusal refusal) {
		refusal.field()
			.ifPresentOrElse(field -> reject(result, field, refusal),
					() -> result.reject(refusal.getCodes()[0], refusal.getArguments(), null));
	}

	private static void reject(BindingResult result, String field, Translatable problem) {
		if (result.getFieldErrorCount(field) == 0) {
			result.rejectValue(field, problem.getCodes()[0], problem.getArguments(), null);
		}
	}

}
