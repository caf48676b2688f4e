package org.fiscallens.rules.interpreter;

/**
 * Where a compared value was printed: the file and 1-based line, and either the table cell (table code, row label,
 * column name) or the narrative section it came from. Unused parts are null.
 */
public record SourceRef(String file, int line, String table, String row, String column, String section) {

	public static SourceRef cell(String file, int line, String table, String row, String column) {
		return new SourceRef(file, line, table, row, column, null);
	}

	public static SourceRef text(String file, int line, String section) {
		return new SourceRef(file, line, null, null, null, section);
	}

	/** A short human form: {@code 公开03 21015 基本支出 (line 213)} or {@code 三、支出决算情况说明 (line 458)}. */
	public String describe() {
		StringBuilder s = new StringBuilder();
		if (table != null) {
			s.append(table);
			if (row != null) {
				s.append(' ').append(row);
			}
			if (column != null) {
				s.append(' ').append(column);
			}
		} else if (section != null) {
			s.append(section);
		}
		if (s.length() > 0) {
			s.append(' ');
		}
		return s.append("(line ").append(line).append(')').toString();
	}
}
