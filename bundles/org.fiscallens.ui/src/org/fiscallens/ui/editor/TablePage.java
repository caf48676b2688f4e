package org.fiscallens.ui.editor;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.group.performance.ColumnGroupHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.layer.stack.DefaultBodyLayerStack;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.table.TableGrid;

/**
 * One table of the document as a NatTable grid laid out as printed (side, 行次, subject code, name, amounts
 * right-aligned; the row header gives each row's source line). Cells with findings are painted in the colour of their
 * worst unresolved severity and explain themselves in a tooltip. The grid is built the first time the page is shown,
 * so a document with a dozen tables opens at the cost of one.
 */
public final class TablePage extends EditorPage {

	private static final String AMOUNT = "AMOUNT";
	private static final String NAME = "NAME";
	private static final String FINDING = "FINDING_";

	private final Table table;
	private TableGrid grid;
	private DataLayer bodyData;
	private DefaultBodyLayerStack body;
	private GridLayer gridLayer;
	private NatTable natTable;

	TablePage(DisclosureEditor editor, Composite parent, Table table) {
		super(editor, parent, true);
		this.table = table;
	}

	public Table table() {
		return table;
	}

	@Override
	void build() {
		grid = new TableGrid(table);
		Label caption = new Label(holder, SWT.NONE);
		caption.setText(Messages.format("editor.table.caption", DocumentFindings.code(table),
				table.getTitle() == null ? "" : table.getTitle(),
				Messages.format("table.unit", table.getMoneyUnit().getLiteral()), table.getRows().size(),
				table.getFirstLine(), table.getLastLine()));
		caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		// the header as printed: grouping headers, column names, 栏次; the row header gives each row's source line
		bodyData = new DataLayer(new Data(grid.columnCount(), grid.rowCount(), grid::text));
		body = new DefaultBodyLayerStack(bodyData);
		int nameRows = grid.showsColumnNumbers() ? 2 : 1;
		ILayer columnHeader = new ColumnHeaderLayer(new DataLayer(new Data(grid.columnCount(), nameRows,
				(c, r) -> r == 0 ? grid.header(c) : grid.columnNumber(c))), body, selectionLayer());
		if (grid.groupLevels() > 0) {
			columnHeader = withGroups(columnHeader);
		}
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DataLayer(new Data(1, grid.rowCount(),
				(c, r) -> grid.row(r).getLine()), 60, DataLayer.DEFAULT_ROW_HEIGHT), body, selectionLayer());
		CornerLayer corner = new CornerLayer(new DataLayer(new Data(1, 1, (c, r) -> Messages.get("editor.table.line"))),
				rowHeader, columnHeader);
		gridLayer = new GridLayer(body, columnHeader, rowHeader, corner);
		natTable = createNatTable();
		new FindingsTooltip(natTable);
		addManualFindingMenu();
		natTable.addLayerListener(event -> {
			if (event instanceof ISelectionEvent) {
				PositionCoordinate at = selectionLayer().getSelectionAnchor();
				if (at.columnPosition >= 0 && at.rowPosition >= 0) {
					editor.selectedInTable(this, at.columnPosition, at.rowPosition);
				}
			}
		});
	}

	/** Grouping headers above the column names, one level per printed level, each group spanning its columns. */
	private ILayer withGroups(ILayer columnHeader) {
		ColumnGroupHeaderLayer groups = new ColumnGroupHeaderLayer(columnHeader, selectionLayer());
		for (int level = 1; level < grid.groupLevels(); level++) {
			groups.addGroupingLevel();
		}
		for (int level = 0; level < grid.groupLevels(); level++) {
			int column = 0;
			while (column < grid.columnCount()) {
				String name = grid.group(column, level);
				int end = column + 1;
				while (name != null && end < grid.columnCount() && name.equals(grid.group(end, level))) {
					end++;
				}
				if (name != null) {
					groups.addGroup(level, name, column, end - column);
				}
				column = end;
			}
		}
		return groups;
	}

	private NatTable createNatTable() {
		bodyData.setConfigLabelAccumulator((labels, column, row) -> {
			if (grid.isAmount(column)) {
				labels.add(AMOUNT);
			} else if (grid.isName(column)) {
				labels.add(NAME);
			}
			FindingSeverity severity = DocumentFindings.worst(painted(column, row));
			if (severity != null) {
				labels.add(FINDING + severity.getName());
			}
		});
		for (int c = 0; c < grid.columnCount(); c++) {
			bodyData.setColumnWidthByPosition(c, grid.isAmount(c) ? 115 : grid.isName(c) ? 300 : 70);
		}
		NatTable table = new NatTable(holder, gridLayer, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				Style amount = new Style();
				amount.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, amount, DisplayMode.NORMAL, AMOUNT);
				// item names read from the left, as printed
				Style name = new Style();
				name.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, name, DisplayMode.NORMAL, NAME);
				for (FindingSeverity severity : FindingSeverity.values()) {
					Style marked = new Style();
					marked.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, Explanations.background(severity));
					registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, marked, DisplayMode.NORMAL,
							FINDING + severity.getName());
				}
			}
		});
		table.configure();
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return table;
	}

	/** The findings a grid position is painted for: an amount cell's own, or a row's on its name. */
	private List<FindingRecord> painted(int column, int row) {
		DocumentFindings findings = editor.findings();
		if (grid.isAmount(column)) {
			Cell cell = grid.cell(column, row);
			return cell == null ? List.of() : findings.of(cell, null);
		}
		return grid.isName(column) ? findings.of(null, grid.row(row)) : List.of();
	}

	/** The findings at a grid position: a cell's and its row's. */
	public List<FindingRecord> findingsAt(int column, int row) {
		return editor.findings().of(grid.cell(column, row), grid.row(row));
	}

	/** The severity a grid position is painted with, or null. */
	public FindingSeverity severityAt(int column, int row) {
		return DocumentFindings.worst(painted(column, row));
	}

	/** The tooltip of a grid position: the explanation of its findings, or null. */
	public String tooltipAt(int column, int row) {
		return Explanations.tooltip(findingsAt(column, row));
	}

	/** How a grid position reads as a place, e.g. {@code 公开06 30199 其他工资福利支出 · 决算数 · 第 288 行}. */
	String place(int column, int row) {
		Row r = grid.row(row);
		Cell cell = grid.cell(column, row);
		int line = cell != null && cell.getLine() > 0 ? cell.getLine() : r.getLine();
		String name = org.fiscallens.rules.interpreter.DocumentContext.rowLabel(r);
		return Messages.format("editor.place.cell", DocumentFindings.code(table), name == null ? "" : name,
				grid.isAmount(column) ? " · " + grid.header(column) : "", line);
	}

	/** Selects the cells and rows a finding points at (rows by their name), and scrolls the first into view. */
	void select(List<Object> targets) {
		create();
		boolean first = true;
		for (Object target : targets) {
			int column;
			int row;
			if (target instanceof Cell cell && cell.eContainer() instanceof Row r && r.getTable() == table) {
				column = grid.columnOf(cell);
				row = grid.rowOf(r);
			} else if (target instanceof Row r && r.getTable() == table) {
				column = grid.nameColumn();
				row = grid.rowOf(r);
			} else {
				continue;
			}
			if (column < 0 || row < 0) {
				continue;
			}
			natTable.doCommand(new SelectCellCommand(selectionLayer(), column, row, false, !first));
			if (first) {
				natTable.doCommand(new ShowCellInViewportCommand(column, row));
			}
			first = false;
		}
	}

	/** The grid position of the selection anchor (column, row), or null. */
	public Point selectedPosition() {
		if (natTable == null) {
			return null;
		}
		PositionCoordinate at = selectionLayer().getSelectionAnchor();
		return at.columnPosition < 0 || at.rowPosition < 0 ? null : new Point(at.columnPosition, at.rowPosition);
	}

	/** Selects a grid position as a reviewer's click does. */
	public void selectPosition(int column, int row) {
		create();
		natTable.doCommand(new SelectCellCommand(selectionLayer(), column, row, false, false));
	}

	/** The selected cell (null when none, or a label column is selected). */
	public Cell selectedCell() {
		Point at = selectedPosition();
		return at == null ? null : grid.cell(at.x, at.y);
	}

	/** The row of the selection, or null. */
	public Row selectedRow() {
		Point at = selectedPosition();
		return at == null ? null : grid.row(at.y);
	}

	private SelectionLayer selectionLayer() {
		return body.getSelectionLayer();
	}

	/** Repaints (the review changed: statuses, findings). */
	void refresh() {
		if (natTable != null && !natTable.isDisposed()) {
			natTable.redraw();
		}
	}

	public TableGrid grid() {
		create();
		return grid;
	}

	public NatTable natTable() {
		create();
		return natTable;
	}

	/** A context menu on the grid: a finding the rules missed, on the cell under the mouse. */
	private void addManualFindingMenu() {
		Menu menu = new Menu(natTable);
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(Messages.get("table.manualFinding"));
		int[] clicked = { -1, -1 };
		natTable.addListener(SWT.MenuDetect, e -> {
			Point p = natTable.toControl(e.x, e.y);
			clicked[0] = natTable.getColumnIndexByPosition(natTable.getColumnPositionByX(p.x));
			clicked[1] = natTable.getRowIndexByPosition(natTable.getRowPositionByY(p.y));
		});
		item.addListener(SWT.Selection, e -> {
			InputDialog ask = new InputDialog(natTable.getShell(), Messages.get("table.manualFinding"),
					Messages.get("table.manualFindingPrompt"), "", null);
			if (clicked[1] >= 0 && ask.open() == Window.OK) {
				addManualFinding(clicked[1], Math.max(0, clicked[0]), ask.getValue());
			}
		});
		natTable.setMenu(menu);
	}

	/**
	 * Records a finding the rules missed on a cell of this table (grid row and column) and saves the review record;
	 * false when nothing was recorded.
	 */
	public boolean addManualFinding(int row, int column, String message) {
		create();
		Row r = grid.row(row);
		Cell cell = grid.cell(column, row);
		return editor.addManualFinding(cell != null && cell.getLine() > 0 ? cell.getLine() : r.getLine(),
				DocumentFindings.code(table), org.fiscallens.rules.interpreter.DocumentContext.rowLabel(r),
				grid.isAmount(column) ? grid.header(column) : null, message);
	}

	/** The explanation of the findings under the mouse. */
	private final class FindingsTooltip extends NatTableContentTooltip {
		FindingsTooltip(NatTable table) {
			super(table, GridRegion.BODY);
		}

		@Override
		protected String getText(Event e) {
			if (!natTable.getRegionLabelsByXY(e.x, e.y).hasLabel(GridRegion.BODY)) {
				return null;
			}
			int column = natTable.getColumnIndexByPosition(natTable.getColumnPositionByX(e.x));
			int row = natTable.getRowIndexByPosition(natTable.getRowPositionByY(e.y));
			return column < 0 || row < 0 ? null : tooltipAt(column, row);
		}

		@Override
		protected boolean shouldCreateToolTip(Event e) {
			return getText(e) != null;
		}
	}

	/** Read-only grid data: the printed text, the headers, the source lines, the corner. */
	private record Data(int columns, int rows, BiFunction<Integer, Integer, Object> value) implements IDataProvider {
		@Override
		public Object getDataValue(int column, int row) {
			return value.apply(column, row);
		}

		@Override
		public void setDataValue(int column, int row, Object newValue) {
			throw new UnsupportedOperationException("disclosure tables are read-only");
		}

		@Override
		public int getColumnCount() {
			return columns;
		}

		@Override
		public int getRowCount() {
			return rows;
		}
	}
}
