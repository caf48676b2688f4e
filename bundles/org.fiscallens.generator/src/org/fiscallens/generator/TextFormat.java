package org.fiscallens.generator;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The three text formats real extractions come in (see samples/seeds): tab-separated rows (000, 001, 003), markdown
 * pipe tables with {@code <br>} inside long names (004), and tab-separated rows with HTML tags in cells (002).
 */
enum TextFormat {
	TSV("tsv"), PIPE("pipe"), HTML("html");

	/** A document as printed, and the 1-based line each document line landed on. */
	record Rendered(String text, Map<Document.Line, Integer> lineNumbers) {
		int line(Document.Line line) {
			Integer n = lineNumbers.get(line);
			return n == null ? 0 : n;
		}
	}

	private static final Pattern NUMBER = Pattern.compile("[-\\d.,%]*");
	/** Names longer than this wrap in a pipe table, as PDF extraction wraps them. */
	private static final int WRAP_AT = 9;

	final String key;

	TextFormat(String key) {
		this.key = key;
	}

	static TextFormat of(String key) {
		for (TextFormat f : values()) {
			if (f.key.equals(key)) {
				return f;
			}
		}
		throw new IllegalArgumentException("unknown format '" + key + "' (tsv, pipe, html)");
	}

	String extension() {
		return this == TSV ? ".txt" : ".md";
	}

	Rendered render(Document document) {
		StringBuilder out = new StringBuilder();
		Map<Document.Line, Integer> numbers = new IdentityHashMap<>();
		int lineNumber = 0;
		List<Document.Line> lines = document.lines();
		for (int i = 0; i < lines.size(); i++) {
			Document.Line line = lines.get(i);
			boolean firstRow = line.isRow() && (i == 0 || !lines.get(i - 1).isRow());
			numbers.put(line, ++lineNumber);
			out.append(render(line)).append('\n');
			if (this == PIPE && firstRow) {
				out.append(separator(line.cells.size())).append('\n');
				lineNumber++;
			}
		}
		return new Rendered(out.toString(), numbers);
	}

	private String render(Document.Line line) {
		return switch (line.kind) {
		case BLANK -> "";
		case TITLE, HEADING -> this == PIPE ? (line.kind == Document.Kind.TITLE ? "## " : "#### ") + line.text() : line.text();
		case TEXT -> line.text();
		case HEADER_ROW, ROW -> row(line);
		};
	}

	private String row(Document.Line line) {
		StringBuilder row = new StringBuilder();
		for (int c = 0; c < line.cells.size(); c++) {
			String cell = line.cells.get(c);
			switch (this) {
			case TSV -> row.append(c == 0 ? "" : "\t").append(cell);
			case PIPE -> row.append(c == 0 ? "| " : " | ").append(wrap(cell));
			case HTML -> row.append(c == 0 ? "" : "\t").append(tagged(cell, line.kind == Document.Kind.HEADER_ROW));
			}
		}
		if (this == PIPE) {
			row.append(" |");
		}
		return row.toString();
	}

	/** 机关事业单位基本养老保险缴费支出 → 机关事业单位基本<br>养老保险缴费支出, as 004 prints long names. */
	private static String wrap(String cell) {
		if (cell.length() <= WRAP_AT || NUMBER.matcher(cell).matches()) {
			return cell;
		}
		return cell.substring(0, WRAP_AT) + "<br>" + cell.substring(WRAP_AT);
	}

	/** Header cells in bold, long text cells as paragraphs, as 002 prints them. */
	private static String tagged(String cell, boolean header) {
		if (cell.isEmpty()) {
			return cell;
		}
		if (header) {
			return "<b>" + cell + "</b>";
		}
		return cell.length() > 20 && !NUMBER.matcher(cell).matches() ? "<p>" + cell + "</p>" : cell;
	}

	private static String separator(int cells) {
		return "|" + "---|".repeat(Math.max(1, cells));
	}
}
