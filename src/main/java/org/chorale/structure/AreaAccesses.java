package org.chorale.structure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.chorale.account.AccountId;
import org.chorale.shared.IdentifierType;
import org.chorale.shared.StructureIdentifier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What every request checks of a structure (its view for one of its members, a member's
 * right in a work area), straight from the tables in one query rather than through two
 * aggregates: loading them cost a quarter of an API deposit's CPU.
 */
@Repository
class AreaAccesses {

	/** The columns of a structure's view, from {@code structure s}. */
	private static final String STRUCTURE = """
			s.identifier_type, s.identifier, s.country, s.name, s.kind, s.non_diffusible, s.address_line,
			s.address_complement, s.postal_code, s.city, s.address_country,
			array(select w.work_area from structure_work_area w where w.structure = s.id) as areas
			""";

	private final JdbcClient jdbc;

	AreaAccesses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The structure as its active member sees it; empty for anyone else. */
	Optional<StructureView> structure(AccountId member, StructureId structure) {
		return this.jdbc.sql("select " + STRUCTURE + """
				from membership m
				join structure s on s.id = m.structure_id
				where m.structure_id = :structure and m.account_id = :account and m.status = 'VALIDEE'""")
			.param("structure", structure.value())
			.param("account", member.value())
			.query((rs, n) -> view(structure, rs))
			.optional();
	}

	/**
	 * The member's right in an opened work area, with the structure as they see it; empty
	 * when the area is closed or they have no right in it.
	 */
	Optional<AreaAccess> find(AccountId member, StructureId structure, WorkArea area) {
		return this.jdbc.sql("select r.level, " + STRUCTURE + """
				from membership m
				join structure s on s.id = m.structure_id
				join structure_work_area w on w.structure = s.id and w.work_area = :area
				join membership_right r on r.membership = m.id and r.work_area = :area
				where m.structure_id = :structure and m.account_id = :account and m.status = 'VALIDEE'""")
			.param("area", area.name())
			.param("structure", structure.value())
			.param("account", member.value())
			.query((rs, n) -> new AreaAccess(view(structure, rs), AccessRight.valueOf(rs.getString("level"))))
			.optional();
	}

	private static StructureView view(StructureId structure, ResultSet rs) throws SQLException {
		Set<WorkArea> areas = EnumSet.noneOf(WorkArea.class);
		for (String area : (String[]) rs.getArray("areas").getArray()) {
			areas.add(WorkArea.valueOf(area));
		}
		Optional<Address> address = Address.stored(rs.getString("address_line"), rs.getString("address_complement"),
				rs.getString("postal_code"), rs.getString("city"), rs.getString("address_country"));
		return new StructureView(structure,
				new StructureIdentifier(IdentifierType.valueOf(rs.getString("identifier_type")),
						rs.getString("identifier")),
				new Country(rs.getString("country")), rs.getString("name"), StructureKind.valueOf(rs.getString("kind")),
				rs.getBoolean("non_diffusible"), address, areas);
	}

}
