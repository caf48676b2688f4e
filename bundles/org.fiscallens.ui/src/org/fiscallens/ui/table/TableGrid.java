package org.fiscallens.ui.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.Column;
import org.fiscallens.model.disclosure.ColumnRole;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Side;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.ui.Messages;

/**
 * A disclosure table laid out as it is printed: label columns (side, 行次, subject code, item name) then the amount
 * columns in print order, each cell showing its printed text. Plain data, so it can be checked without a display.
 */
public final class TableGrid {

	private final Table table;
	private final List<String> headers = new ArrayList<>();
	private final List<Column> amountColumns = new ArrayList<>();
	private final boolean showSide;
	private final boolean showNumber;
	private final boolean showCode;
	private final int labelColumns;
	/** The printed header's levels: the column names, with a grouping level above them when printed. */
	private final int pathRows;
	private final boolean showColumnNumbers;
	private final List<Map<Column, Cell>> cellsByRow = new ArrayList<>();

	public TableGrid(Table table) {
		this.table = table;
		List<Row> rows = table.getRows();
		showSide = rows.stream().anyMatch(r -> r.getSide() != Side.NONE);
		showNumber = rows.stream().anyMatch(r -> r.getNumber() != null && !r.getNumber().isEmpty());
		showCode = rows.stream().anyMatch(r -> r.getSubjectCode() != null && !r.getSubjectCode().isEmpty());
		if (showSide) {
			headers.add(Messages.get("column.side"));
		}
		if (showNumber) {
			headers.add(Messages.get("column.rowNumber"));
		}
		if (showCode) {
			headers.add(Messages.get("column.code"));
		}
		headers.add(Messages.get("column.name"));
		labelColumns = headers.size();
		for (Column column : table.getColumns()) {
			if (column.getRole() == ColumnRole.AMOUNT) {
				amountColumns.add(column);
				headers.add(column.getName());
			}
		}
		// one grouping level, the outermost (收入 / 支出, 一般公共预算财政拨款 …): deeper printed levels are rare and
		// extraction noise makes them unreliable
		pathRows = groupsPrinted() ? 2 : 1;
		showColumnNumbers = amountColumns.stream().anyMatch(c -> c.getNumber() != null && !c.getNumber().isEmpty());
		for (Row row : rows) {
			Map<Column, Cell> byColumn = new HashMap<>();
			for (Cell cell : row.getCells()) {
				byColumn.put(cell.getColumn(), cell);
			}
			cellsByRow.add(byColumn);
		}
	}

	public Table table() {
		return table;
	}

	public int columnCount() {
		return headers.size();
	}

	public int rowCount() {
		return cellsByRow.size();
	}

	public String header(int column) {
		return headers.get(column);
	}

	/** How many rows the header has: the levels of grouped headers, the column names, the 栏次 when printed. */
	public int headerRows() {
		return groupLevels() + 1 + (showsColumnNumbers() ? 1 : 0);
	}

	/** Levels of grouping headers printed above the column names (e.g. 支出 above 合计, 一般公共预算财政拨款 …). */
	public int groupLevels() {
		return pathRows - 1;
	}

	/** The grouping header above a column at a level (0 is right above its name), or null when it has none there. */
	public String group(int column, int level) {
		if (!isAmount(column) || level >= groupLevels()) {
			return null;
		}
		List<String> groups = groupsOf(amountColumns.get(column - labelColumns));
		return groups.isEmpty() ? null : groups.get(0);
	}

	/** Whether the header groups its columns: a group over a single column alone says nothing sure (公开06's blocks). */
	private boolean groupsPrinted() {
		return amountColumns.stream().filter(c -> !groupsOf(c).isEmpty()).count() > 1;
	}

	/** The printed header levels above a column's name (a level that only repeats the name is not one). */
	private static List<String> groupsOf(Column c) {
		List<String> path = new ArrayList<>(c.getHeaderPath());
		if (!path.isEmpty()) {
			path.remove(path.size() - 1);
		}
		path.removeIf(level -> level.isBlank() || level.equals(c.getName()));
		return path;
	}

	/**
	 * Whether the header has a 栏次 row: when printed and the header has no grouping level (under its groups the grid
	 * draws a single row of names).
	 */
	public boolean showsColumnNumbers() {
		return showColumnNumbers && groupLevels() == 0;
	}

	/** The 栏次 printed under a column ("栏次" under the item names). */
	public String columnNumber(int column) {
		return isAmount(column) ? nullToEmpty(amountColumns.get(column - labelColumns).getNumber())
				: isName(column) ? Messages.get("column.columnNumber") : "";
	}

	/** True for amount columns, which are right-aligned like the printed table. */
	public boolean isAmount(int column) {
		return column >= labelColumns;
	}

	public boolean isName(int column) {
		return column == labelColumns - 1;
	}

	public Row row(int row) {
		return table.getRows().get(row);
	}

	/** The cell behind a grid position, or null for label columns and empty positions. */
	public Cell cell(int column, int row) {
		return isAmount(column) ? cellsByRow.get(row).get(amountColumns.get(column - labelColumns)) : null;
	}

	/** The grid column of the item names. */
	public int nameColumn() {
		return labelColumns - 1;
	}

	/** The grid column that shows a cell, or -1 when its column is not an amount column. */
	public int columnOf(Cell cell) {
		int i = amountColumns.indexOf(cell.getColumn());
		return i < 0 ? -1 : labelColumns + i;
	}

	/** The grid row of a table row (rows are shown in print order), or -1. */
	public int rowOf(Row row) {
		return table.getRows().indexOf(row);
	}

	public String text(int column, int row) {
		if (isAmount(column)) {
			Cell cell = cell(column, row);
			if (cell == null) {
				return "";
			}
			return switch (cell.getState()) {
			case VALUE -> cell.getValue() == null ? cell.getRaw() : cell.getValue().toPlainString();
			case BLANK -> "";
			default -> cell.getRaw() == null ? "" : cell.getRaw();
			};
		}
		Row r = row(row);
		int label = column;
		if (showSide && label-- == 0) {
			return r.getSide() == Side.INCOME ? Messages.get("side.income")
					: r.getSide() == Side.EXPENDITURE ? Messages.get("side.expenditure") : "";
		}
		if (showNumber && label-- == 0) {
			return nullToEmpty(r.getNumber());
		}
		if (showCode && label-- == 0) {
			return nullToEmpty(r.getSubjectCode());
		}
		return nullToEmpty(r.getName());
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
