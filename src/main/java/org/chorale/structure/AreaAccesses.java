package org.chorale.structure;

import java.util.Optional;

import org.chorale.account.AccountId;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.StructureIdentifier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A member's right in a work area, straight from the tables rather than two aggregates.
 */
@Repository
class AreaAccesses {

	private final JdbcClient jdbc;

	AreaAccesses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AreaAccess> find(AccountId member, StructureId structure, WorkArea area) {
		return this.jdbc.sql("""
				select s.identifier_type, s.identifier, s.name, r.level
				from membership m
				join structure s on s.id = m.structure_id
				join structure_work_area w on w.structure = s.id and w.work_area = :area
				join membership_right r on r.membership = m.id and r.work_area = :area
				where m.structure_id = :structure and m.account_id = :account and m.status = 'VALIDEE'""")
			.param("area", area.name())
			.param("structure", structure.value())
			.param("account", member.value())
			.query((rs, n) -> new AreaAccess(structure,
					new StructureIdentifier(IdentifierType.valueOf(rs.getString(1)), rs.getString(2)), rs.getString(3),
					AccessRight.valueOf(rs.getString(4))))
			.optional();
	}

}
