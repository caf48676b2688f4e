package org.fiscallens.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.Column;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Section;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.model.review.FindingLocation;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.rules.interpreter.DocumentContext;

/**
 * A document's findings placed on what they point at: table cells (or whole rows when a finding names no column),
 * narrative claims and source lines. Built once when the editor opens (a few ms), so painting and selection only look
 * things up. Locations name a table by its code, a row by its label and a column by its name, as the rules write them.
 */
public final class DocumentFindings {

	private final List<FindingRecord> findings;
	private final Map<Cell, List<FindingRecord>> byCell = new IdentityHashMap<>();
	private final Map<Row, List<FindingRecord>> byRow = new IdentityHashMap<>();
	private final Map<Claim, List<FindingRecord>> byClaim = new IdentityHashMap<>();
	private final Map<Integer, List<FindingRecord>> byLine = new TreeMap<>();
	private final Map<FindingRecord, List<Object>> targets = new IdentityHashMap<>();
	private final Map<Integer, List<Claim>> claimsByLine = new HashMap<>();

	public DocumentFindings(Submission document, List<FindingRecord> findings) {
		this.findings = List.copyOf(findings);
		Map<String, Table> tables = new HashMap<>();
		for (Table t : document.getTables()) {
			tables.putIfAbsent(code(t), t);
		}
		if (document.getNarrative() != null) {
			for (Section s : document.getNarrative().getSections()) {
				for (Claim c : s.getClaims()) {
					claimsByLine.computeIfAbsent(c.getLine(), l -> new ArrayList<>()).add(c);
				}
			}
		}
		for (FindingRecord f : this.findings) {
			Set<Object> placed = new LinkedHashSet<>();
			for (FindingLocation l : f.getLocations()) {
				if (l.getLine() > 0) {
					add(byLine, l.getLine(), f);
				}
				Table table = l.getTable() == null ? null : tables.get(l.getTable());
				if (table != null) {
					Row row = row(table, l);
					Cell cell = row == null ? null : cell(row, l.getColumn());
					if (cell != null) {
						add(byCell, cell, f);
						placed.add(cell);
					} else if (row != null) {
						add(byRow, row, f);
						placed.add(row);
					}
				} else if (l.getTable() == null) {
					for (Claim c : claimsOf(f, l.getLine())) {
						add(byClaim, c, f);
						placed.add(c);
					}
				}
			}
			targets.put(f, List.copyOf(placed));
		}
	}

	/** How findings name a table: catalogue code, else printed code, else title (as the rule interpreter does). */
	public static String code(Table t) {
		return t.getCatalogueCode() != null ? t.getCatalogueCode()
				: t.getPrintedCode() != null ? t.getPrintedCode() : t.getTitle();
	}

	/**
	 * The claims a text location points at. It names a line, and a line can state several amounts: those the finding's
	 * message quotes (it quotes what it compared, e.g. “3.55万元”), else all of them.
	 */
	private List<Claim> claimsOf(FindingRecord f, int line) {
		List<Claim> onLine = claimsByLine.getOrDefault(line, List.of());
		String message = f.getMessage() == null ? "" : f.getMessage();
		List<Claim> quoted = onLine.stream().filter(c -> c.getRaw() != null && message.contains(c.getRaw())).toList();
		return quoted.isEmpty() ? onLine : quoted;
	}

	private static Row row(Table table, FindingLocation l) {
		Row labelled = null;
		for (Row r : table.getRows()) {
			if (l.getRow() != null && l.getRow().equals(DocumentContext.rowLabel(r))) {
				// a label can repeat (合计 on both sides of 公开01): the line tells them apart
				if (labelled == null || atLine(r, l.getLine())) {
					labelled = r;
				}
			}
		}
		if (labelled == null && l.getLine() > 0) {
			for (Row r : table.getRows()) {
				if (r.getLine() == l.getLine()) {
					return r;
				}
			}
		}
		return labelled;
	}

	private static boolean atLine(Row r, int line) {
		return r.getLine() == line || r.getCells().stream().anyMatch(c -> c.getLine() == line);
	}

	private static Cell cell(Row row, String column) {
		if (column == null) {
			return null;
		}
		for (Cell c : row.getCells()) {
			Column col = c.getColumn();
			if (col != null && (column.equals(col.getName()) || column.equals(col.getKey()))) {
				return c;
			}
		}
		return null;
	}

	private static <K> void add(Map<K, List<FindingRecord>> map, K key, FindingRecord f) {
		List<FindingRecord> list = map.computeIfAbsent(key, k -> new ArrayList<>());
		if (!list.contains(f)) {
			list.add(f);
		}
	}

	public List<FindingRecord> all() {
		return findings;
	}

	/** The findings on a cell, including those on its whole row. */
	public List<FindingRecord> of(Cell cell, Row row) {
		List<FindingRecord> result = new ArrayList<>(cell == null ? List.of() : byCell.getOrDefault(cell, List.of()));
		for (FindingRecord f : row == null ? List.<FindingRecord>of() : byRow.getOrDefault(row, List.of())) {
			if (!result.contains(f)) {
				result.add(f);
			}
		}
		return result;
	}

	public List<FindingRecord> of(Claim claim) {
		return byClaim.getOrDefault(claim, List.of());
	}

	public List<FindingRecord> atLine(int line) {
		return byLine.getOrDefault(line, List.of());
	}

	/** Source lines that findings point at, in order. */
	public Set<Integer> lines() {
		return byLine.keySet();
	}

	/** The cells, rows and claims a finding points at (in the order of its locations). */
	public List<Object> targetsOf(FindingRecord f) {
		return targets.getOrDefault(f, List.of());
	}

	/** The claims printed on a source line. */
	public List<Claim> claimsAt(int line) {
		return claimsByLine.getOrDefault(line, List.of());
	}

	/**
	 * The severity to paint for a set of findings: the worst among those still to be acted on (待审 or 确认); null when
	 * there are none (nothing, or all dismissed).
	 */
	public static FindingSeverity worst(List<FindingRecord> findings) {
		return findings.stream().filter(f -> f.getStatus() != FindingStatus.DISMISSED)
				.map(FindingRecord::getSeverity).min(Comparator.comparingInt(FindingSeverity::getValue)).orElse(null);
	}
}
