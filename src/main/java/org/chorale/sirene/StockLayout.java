package org.chorale.sirene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chorale.shared.csv.CsvReader;
import org.chorale.shared.csv.MalformedFile;

/**
 * Where a file's header puts the columns Chorale keeps, and the checks each row goes
 * through before it is staged: every kept value has the form INSEE documents, a SIRET is
 * its SIREN followed by its NIC, and a partially diffusible establishment's address is
 * dropped.
 */
final class StockLayout {

	private final String file;

	private final StockKind kind;

	private final int headerSize;

	private final int[] positions;

	private final boolean[] wanted;

	private final List<StockColumn> stored;

	private final String[] values;

	private StockLayout(String file, StockKind kind, List<String> header, int[] positions) {
		this.file = file;
		this.kind = kind;
		this.headerSize = header.size();
		this.positions = positions;
		this.wanted = new boolean[header.size()];
		Arrays.stream(positions).forEach(p -> this.wanted[p] = true);
		this.stored = kind.stored();
		this.values = new String[this.stored.size()];
	}

	static StockLayout of(String file, String[] header) {
		List<String> names = Arrays.stream(header).map(String::strip).toList();
		StockKind kind = StockKind.of(names);
		if (kind == null) {
			throw new MalformedFile(file, 1, "sirene.import.unknownHeader");
		}
		List<String> missing = new ArrayList<>();
		int[] positions = new int[kind.columns().size()];
		for (int i = 0; i < positions.length; i++) {
			positions[i] = names.indexOf(kind.columns().get(i).insee());
			if (positions[i] < 0) {
				missing.add(kind.columns().get(i).insee());
			}
		}
		if (!missing.isEmpty()) {
			throw new MalformedFile(file, 1, "file.missingColumns", String.join(", ", missing));
		}
		return new StockLayout(file, kind, names, positions);
	}

	StockKind kind() {
		return this.kind;
	}

	boolean[] wanted() {
		return this.wanted;
	}

	/**
	 * The current row's values to stage, in {@link StockKind#stored()} order; the array
	 * is reused.
	 */
	String[] values(CsvReader csv) {
		if (csv.fieldCount() != this.headerSize) {
			throw new MalformedFile(this.file, csv.line(), "file.fieldCount", csv.fieldCount(), this.headerSize);
		}
		List<StockColumn> columns = this.kind.columns();
		int stored = 0;
		String nic = null;
		for (int i = 0; i < columns.size(); i++) {
			StockColumn column = columns.get(i);
			String value = accept(csv, column, csv.field(this.positions[i]));
			if (column.column() == null) {
				nic = value;
			}
			else {
				this.values[stored++] = value;
			}
		}
		if (this.kind == StockKind.ETABLISSEMENT) {
			checkEstablishment(csv.line(), nic);
		}
		return this.values;
	}

	private String accept(CsvReader csv, StockColumn column, String raw) {
		try {
			return column.check().accept(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedFile(this.file, csv.line(), "file.value", column.insee(), raw);
		}
	}

	/**
	 * Column 0 is the SIRET, 1 the SIREN, 2 the diffusion status (see
	 * StockKind.ETABLISSEMENT).
	 */
	private void checkEstablishment(long line, String nic) {
		if (!this.values[0].equals(this.values[1] + nic)) {
			throw new MalformedFile(this.file, line, "sirene.import.siretMismatch", this.values[0], this.values[1],
					nic);
		}
		if (!this.values[2].equals("O")) {
			for (int i = 0; i < this.stored.size(); i++) {
				if (this.stored.get(i).address()) {
					this.values[i] = null;
				}
			}
		}
	}

}
