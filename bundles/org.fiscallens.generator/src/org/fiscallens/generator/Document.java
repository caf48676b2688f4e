package org.fiscallens.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A disclosure before it is printed in one of the text formats: a sequence of prose lines and table rows. Lines are
 * mutable so that a fault can change a printed figure, and the writer names the lines a fault may target
 * ({@link #mark}) so that the manifest can tell the reviewer where to look once the document is rendered.
 */
final class Document {

	/** What a line is, for the renderers: prose, a heading, a table row (header or body), or a blank separator. */
	enum Kind {
		TITLE, HEADING, TEXT, BLANK, HEADER_ROW, ROW
	}

	/** One printed line; a table row has cells, other lines one text. */
	static final class Line {
		final Kind kind;
		final List<String> cells;

		Line(Kind kind, List<String> cells) {
			this.kind = kind;
			this.cells = new ArrayList<>(cells);
		}

		String text() {
			return String.join("", cells);
		}

		void setText(String text) {
			cells.clear();
			cells.add(text);
		}

		boolean isRow() {
			return kind == Kind.ROW || kind == Kind.HEADER_ROW;
		}
	}

	/** A table: its title lines, header rows and body rows are consecutive lines from {@code first} to {@code last}. */
	record TableSpan(String code, int first, int last) {
	}

	private final List<Line> lines = new ArrayList<>();
	private final Map<String, Line> marks = new HashMap<>();
	private final Map<String, TableSpan> tables = new HashMap<>();
	private String tableOpen;
	private int tableStart;

	List<Line> lines() {
		return lines;
	}

	Line title(String text) {
		return add(Kind.TITLE, text);
	}

	Line heading(String text) {
		return add(Kind.HEADING, text);
	}

	Line text(String text) {
		return add(Kind.TEXT, text);
	}

	void blank() {
		add(Kind.BLANK, "");
	}

	Line header(String... cells) {
		return add(Kind.HEADER_ROW, cells);
	}

	Line row(String... cells) {
		return add(Kind.ROW, cells);
	}

	private Line add(Kind kind, String... cells) {
		Line line = new Line(kind, Arrays.asList(cells));
		lines.add(line);
		return line;
	}

	/** Names a line for the faults ("公开01/本年收入合计", "说明/收入合计"). */
	Line mark(String name, Line line) {
		marks.put(name, line);
		return line;
	}

	Line marked(String name) {
		return marks.get(name);
	}

	/** Starts a table (its title lines follow); {@link #endTable} closes it. */
	void beginTable(String code) {
		tableOpen = code;
		tableStart = lines.size();
	}

	void endTable() {
		tables.put(tableOpen, new TableSpan(tableOpen, tableStart, lines.size() - 1));
		tableOpen = null;
	}

	TableSpan table(String code) {
		return tables.get(code);
	}

	/** Removes a table with all its lines (a fault: the table is missing). */
	void removeTable(String code) {
		TableSpan span = tables.remove(code);
		if (span == null) {
			return;
		}
		lines.subList(span.first(), span.last() + 1).clear();
		int removed = span.last() - span.first() + 1;
		tables.replaceAll((k, t) -> t.first() > span.last() ? new TableSpan(k, t.first() - removed, t.last() - removed) : t);
	}
}
