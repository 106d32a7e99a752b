package org.chorale.directory;

import java.util.Arrays;

import org.chorale.shared.Translatable;

/** One reason the directory refuses a routing request, with what its message names. */
public record RoutingProblem(RoutingRefusal refusal, Object... arguments) implements Translatable {

	@Override
	public String[] getCodes() {
		return new String[] { "routing." + this.refusal.name() };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RoutingProblem problem && problem.refusal == this.refusal
				&& Arrays.equals(problem.arguments, this.arguments);
	}

	@Override
	public int hashCode() {
		return this.refusal.hashCode() * 31 + Arrays.hashCode(this.arguments);
	}

	@Override
	public String toString() {
		return this.refusal + Arrays.toString(this.arguments);
	}

}
