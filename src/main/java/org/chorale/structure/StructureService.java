package org.chorale.structure;

import java.util.regex.Pattern;

import org.chorale.shared.Refusal;
import org.chorale.shared.Text;

/**
 * A service of a structure: an optional sub-unit addressed by its {@code codeService}
 * ("FACTURES_PUBLIQUES", "SERV-RH").
 */
public record StructureService(String code, String name, boolean active) {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

	public StructureService {
		code = Text.required(code, "code", 100);
		if (!CODE.matcher(code).matches()) {
			throw new Refusal("code", "structure.service.code.invalid");
		}
		name = Text.required(name, "name", 100);
	}

	StructureService active(boolean active) {
		return new StructureService(this.code, this.name, active);
	}

}
