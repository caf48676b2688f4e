package org.fiscallens.rules.interpreter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.Column;
import org.fiscallens.model.disclosure.MoneyUnit;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Section;
import org.fiscallens.model.disclosure.Side;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;

/**
 * One document as the rules see it, with the look-ups they need made fast (tables by code, a row's children) and the
 * conversion of printed cells and claims into {@link Amount}s in 万元 with their source locations.
 */
public final class DocumentContext {

	private static final BigDecimal YUAN_TO_WAN = new BigDecimal("0.0001");
	private static final BigDecimal YI_TO_WAN = new BigDecimal("10000");

	private final Submission submission;
	private final String file;
	private final DocumentContexts family;
	private final Map<String, Table> tablesByCode = new HashMap<>();
	// A context is used by one thread (the one checking its document): plain maps, by identity for model objects.
	private final Map<Row, List<Row>> childrenOf = new IdentityHashMap<>();
	private final Map<Cell, Object> cellAmounts = new IdentityHashMap<>(1024); // a document has hundreds of cells
	private final Map<Row, String> rowLabels = new IdentityHashMap<>(256);
	private final Map<Table, Map<String, List<Row>>> rowsByName = new IdentityHashMap<>();
	private final Map<Table, Map<String, Optional<Column>>> columnsByKey = new IdentityHashMap<>();
	private final Map<Claim, Section> claimSections = new IdentityHashMap<>();
	private final Map<Section, String> headings = new IdentityHashMap<>();

	/** A document's context on its own (the contexts of the documents it reaches are made as they are needed). */
	public DocumentContext(Submission submission, DocumentSet others) {
		this(submission, new DocumentContexts(others));
		family.adopt(this);
	}

	DocumentContext(Submission submission, DocumentContexts family) {
		this.submission = submission;
		this.family = family;
		this.file = submission.getSource() == null ? "" : submission.getSource().getPath();
		for (Table table : submission.getTables()) {
			for (String key : new String[] { table.getCatalogueCode(), table.getPrintedCode(), table.getTitle() }) {
				if (key != null && !key.isEmpty()) {
					tablesByCode.putIfAbsent(Labels.normalize(key), table);
				}
			}
		}
		if (submission.getNarrative() != null) {
			for (Section section : submission.getNarrative().getSections()) {
				for (Claim claim : section.getClaims()) {
					claimSections.put(claim, section);
				}
			}
		}
	}

	/**
	 * The context of a document the rules reach from this one (its previous year, its budget), made once for all the
	 * rules checking this document (and, in a {@link DocumentContexts}, for the other documents checked with it).
	 */
	public DocumentContext contextOf(Submission other) {
		return other == submission ? this : family.of(other);
	}

	public Submission submission() {
		return submission;
	}

	public String file() {
		return file;
	}

	public DocumentSet others() {
		return family.others();
	}

	/** A section's title path and title, as {@code claims(section: …)} matches them (asked for by many rules). */
	public String heading(Section section) {
		return headings.computeIfAbsent(section,
				s -> String.join(" ", s.getTitlePath()) + " " + (s.getTitle() == null ? "" : s.getTitle()));
	}

	/** The table with this catalogue code, printed code or title, or null. */
	public Table table(String code) {
		return tablesByCode.get(Labels.normalize(code));
	}

	/** The rows one level below {@code row} in the subject-code hierarchy (类 → 款 → 项; 301 → 30101). */
	public List<Row> children(Row row) {
		String code = row.getSubjectCode();
		if (code == null || code.isEmpty() || row.getTable() == null) {
			return List.of();
		}
		List<Row> known = childrenOf.get(row);
		if (known == null) {
			// all of a table's parent → children links at once: asked row by row it was quadratic in the rows
			Map<String, List<Row>> byParent = new HashMap<>();
			for (Row candidate : row.getTable().getRows()) {
				String c = candidate.getSubjectCode();
				if (c != null && c.length() >= 3) {
					byParent.computeIfAbsent(parentKey(candidate.getSide(), c.substring(0, c.length() - 2)),
							k -> new ArrayList<>()).add(candidate);
				}
			}
			for (Row r : row.getTable().getRows()) {
				String c = r.getSubjectCode();
				if (c != null && !c.isEmpty()) {
					childrenOf.put(r, byParent.getOrDefault(parentKey(r.getSide(), c), List.of()));
				}
			}
			known = childrenOf.get(row);
		}
		return known;
	}

	private static String parentKey(Side side, String parentCode) {
		return side + "|" + parentCode;
	}

	/** The rows of a table named {@code label} (as {@link Labels#same} compares names), in the table's order. */
	public List<Row> rowsNamed(Table table, String label) {
		Map<String, List<Row>> byName = rowsByName.computeIfAbsent(table, t -> {
			Map<String, List<Row>> index = new HashMap<>();
			for (Row r : t.getRows()) {
				index.computeIfAbsent(Labels.normalize(r.getName()), k -> new ArrayList<>(1)).add(r);
			}
			return index;
		});
		return byName.getOrDefault(Labels.normalize(label), List.of());
	}

	/**
	 * A column by header text (spaces ignored): the catalogue's key first (stable across printed header variants), then
	 * the header, then any column whose whole header path contains it; null when none. Kept per table and text, as
	 * every rule names its columns for every row.
	 */
	public Column columnNamed(Table table, String key) {
		Map<String, Optional<Column>> byKey = columnsByKey.computeIfAbsent(table, t -> new HashMap<>());
		return byKey.computeIfAbsent(key, k -> Optional.ofNullable(findColumn(table, Labels.normalize(k)))).orElse(null);
	}

	private static Column findColumn(Table t, String wanted) {
		for (Column c : t.getColumns()) {
			if (c.getKey() != null && Labels.normalize(c.getKey()).equals(wanted)) {
				return c;
			}
		}
		for (Column c : t.getColumns()) {
			if (Labels.normalize(c.getName()).equals(wanted)) {
				return c;
			}
		}
		for (Column c : t.getColumns()) {
			if (Labels.normalize(String.join("", c.getHeaderPath()) + c.getName()).contains(wanted)) {
				return c;
			}
		}
		return null;
	}

	public Section sectionOf(Claim claim) {
		return claimSections.get(claim);
	}

	/**
	 * A table cell as an amount in 万元, or {@link Missing} when it cannot be read. Made once per cell: the sum rules
	 * read most cells several times (as a row's total, as a child of its class, in the column's total).
	 */
	public Object amountOf(Cell cell) {
		return cellAmounts.computeIfAbsent(cell, this::readAmount);
	}

	/** The amount of a cell of this document already read, or null. */
	Object knownAmount(Cell cell) {
		return cellAmounts.get(cell);
	}

	private Object readAmount(Cell cell) {
		Row row = (Row) cell.eContainer();
		Table table = row == null ? null : row.getTable();
		String tableCode = table == null ? null : code(table);
		Column column = cell.getColumn();
		SourceRef source = SourceRef.cell(file, cell.getLine() > 0 ? cell.getLine() : row == null ? 0 : row.getLine(),
				tableCode, row == null ? null : rowLabels.computeIfAbsent(row, DocumentContext::rowLabel),
				column == null ? null : column.getName());
		BigDecimal factor = table != null && table.getMoneyUnit() == MoneyUnit.YUAN ? YUAN_TO_WAN : BigDecimal.ONE;
		return switch (cell.getState()) {
		case VALUE -> cell.getValue() == null ? new Missing("unreadable cell at line " + cell.getLine())
				: Amount.printed(atLeastCents(cell.getValue()), factor, source);
		case BLANK, PLACEHOLDER -> Amount.blank(source);
		case GARBLED -> new Missing("garbled cell '" + cell.getRaw() + "' at line " + cell.getLine());
		};
	}

	/** A narrative claim as an amount (money in 万元; percentages, rates and counts as printed). */
	public Object amountOf(Claim claim) {
		if (claim.getValue() == null) {
			return new Missing("claim without a value at line " + claim.getLine());
		}
		Section section = sectionOf(claim);
		SourceRef source = SourceRef.text(file, claim.getLine(), section == null ? null : section.getTitle());
		String unit = claim.getUnit() == null ? "" : claim.getUnit();
		BigDecimal factor = switch (unit) {
		case "元" -> YUAN_TO_WAN;
		case "亿元" -> YI_TO_WAN;
		default -> BigDecimal.ONE;
		};
		boolean money = unit.equals("万元") || unit.equals("元") || unit.equals("亿元");
		return Amount.printed(money ? atLeastCents(claim.getValue()) : claim.getValue(), factor, source);
	}

	/**
	 * Money is kept to the cent (books in 元, published in 万元 with two decimals), so "450" printed without its trailing
	 * zeros is 450.00: its rounding error is 0.005, not 0.5. Counts in money tables (车辆数) are exact anyway.
	 */
	private static BigDecimal atLeastCents(BigDecimal printed) {
		return printed.scale() < 2 ? printed.setScale(2) : printed;
	}

	public String code(Table table) {
		return table.getCatalogueCode() != null ? table.getCatalogueCode()
				: table.getPrintedCode() != null ? table.getPrintedCode() : table.getTitle();
	}

	/** How a reviewer names a row: its subject code, else its name, else its 行次. */
	public static String rowLabel(Row row) {
		if (row == null) {
			return null;
		}
		if (row.getSubjectCode() != null && !row.getSubjectCode().isEmpty()) {
			return row.getSubjectCode() + (row.getName() == null ? "" : " " + row.getName());
		}
		return row.getName() != null && !row.getName().isEmpty() ? row.getName() : row.getNumber();
	}
}
