package org.fiscallens.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The body of a table by functional subject: the 合计 row, then every 类 with its 款 and 项 rows. Each row prints the
 * books of every item under its code, rounded once, so parents differ from the sum of their printed children only by
 * rounding tails.
 */
final class SubjectTable {

	private SubjectTable() {
	}

	/**
	 * Writes the rows; {@code columns} gives a row's book amounts for a code prefix ("" for 合计). Returns the rows
	 * written, 合计 first, for the faults to target.
	 */
	static List<Document.Line> write(Document document, List<String> items, Function<String, long[]> columns) {
		List<Document.Line> rows = new ArrayList<>();
		rows.add(document.row(cells("合计", "", columns.apply(""))));
		Set<String> codes = new LinkedHashSet<>();
		for (String item : items) {
			codes.add(item.substring(0, 3));
			codes.add(item.substring(0, 5));
			codes.add(item);
		}
		List<String> ordered = new ArrayList<>(codes);
		ordered.sort(null);
		for (String code : ordered) {
			rows.add(document.row(cells(code, Subjects.name(code), columns.apply(code))));
		}
		return rows;
	}

	private static String[] cells(String code, String name, long[] amounts) {
		String[] cells = new String[2 + amounts.length];
		cells[0] = code;
		cells[1] = name;
		for (int i = 0; i < amounts.length; i++) {
			cells[2 + i] = Money.cell(amounts[i]);
		}
		return cells;
	}

	/** The 类 codes of the items, in order. */
	static List<String> classes(List<String> items) {
		Set<String> classes = new LinkedHashSet<>();
		items.stream().sorted().forEach(i -> classes.add(i.substring(0, 3)));
		return new ArrayList<>(classes);
	}
}
