package org.fiscallens.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.table.TableGrid;

/**
 * Shows one table of a disclosure as a NatTable grid laid out like the printed table. For now it reads the sample
 * documents named by the system property {@code fiscallens.samples} (the launcher points it at {@code samples/}).
 */
public class DisclosureTableView extends ViewPart {

	public static final String ID = "org.fiscallens.ui.views.disclosureTable";
	private static final String AMOUNT_LABEL = "AMOUNT";
	private static final String NAME_LABEL = "NAME";

	private Composite gridHolder;
	private Combo documentCombo;
	private Combo tableCombo;
	private Label summary;
	private NatTable natTable;
	private DefaultGridLayer gridLayer;
	private TableGrid grid;
	private List<Path> documents = List.of();
	private int selectedRow = -1;
	private Submission submission;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(5, false));
		new Label(parent, SWT.NONE).setText(Messages.get("table.document"));
		documentCombo = new Combo(parent, SWT.READ_ONLY);
		new Label(parent, SWT.NONE).setText(Messages.get("table.table"));
		tableCombo = new Combo(parent, SWT.READ_ONLY);
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		gridHolder = new Composite(parent, SWT.NONE);
		gridHolder.setLayout(new GridLayout(1, false));
		gridHolder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));

		documents = findSampleDocuments();
		if (documents.isEmpty()) {
			summary.setText(Messages.get("table.noSamples"));
			return;
		}
		for (Path document : documents) {
			documentCombo.add(document.getFileName().toString());
		}
		documentCombo.addListener(SWT.Selection, e -> showDocument(documentCombo.getSelectionIndex()));
		tableCombo.addListener(SWT.Selection, e -> showTable(tableCombo.getSelectionIndex()));
		showDocument(0);
	}

	/** Shows the given document's first table. */
	public void showDocument(int index) {
		documentCombo.select(index);
		submission = new DisclosureImporter().importFile(documents.get(index));
		tableCombo.removeAll();
		for (Table table : submission.getTables()) {
			tableCombo.add(table.getCatalogueCode() != null ? table.getCatalogueCode() + " " + table.getTitle()
					: table.getTitle());
		}
		tableCombo.getParent().layout(true);
		if (submission.getTables().isEmpty()) {
			replaceGrid(null);
			summary.setText(Messages.get("table.noTables"));
		} else {
			showTable(0);
		}
	}

	public void showTable(int index) {
		selectedRow = -1;
		tableCombo.select(index);
		Table table = submission.getTables().get(index);
		replaceGrid(new TableGrid(table));
		summary.setText(Messages.format("table.summary",
				Messages.format("table.unit", table.getMoneyUnit().getLiteral()), table.getRows().size(),
				table.getFirstLine(), table.getLastLine()));
		summary.getParent().layout(true);
	}

	private void replaceGrid(TableGrid newGrid) {
		for (Control child : gridHolder.getChildren()) {
			child.dispose();
		}
		grid = newGrid;
		gridLayer = newGrid == null ? null : createGridLayer(newGrid);
		natTable = newGrid == null ? null : createNatTable(gridHolder, gridLayer, newGrid);
		if (natTable != null) {
			addManualFindingMenu(natTable);
		}
		gridHolder.layout(true);
	}

	private static DefaultGridLayer createGridLayer(TableGrid grid) {
		IDataProvider body = new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				return grid.text(column, row);
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				throw new UnsupportedOperationException("disclosure tables are read-only");
			}

			@Override
			public int getColumnCount() {
				return grid.columnCount();
			}

			@Override
			public int getRowCount() {
				return grid.rowCount();
			}
		};
		IDataProvider header = new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				return grid.header(column);
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				throw new UnsupportedOperationException();
			}

			@Override
			public int getColumnCount() {
				return grid.columnCount();
			}

			@Override
			public int getRowCount() {
				return 1;
			}
		};
		return new DefaultGridLayer(body, header);
	}

	private static NatTable createNatTable(Composite parent, DefaultGridLayer gridLayer, TableGrid grid) {
		DataLayer bodyData = (DataLayer) gridLayer.getBodyDataLayer();
		ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyData);
		bodyData.setConfigLabelAccumulator(labels);
		for (int c = 0; c < grid.columnCount(); c++) {
			if (grid.isAmount(c)) {
				labels.registerColumnOverrides(c, AMOUNT_LABEL);
				bodyData.setColumnWidthByPosition(c, 120);
			} else if (grid.isName(c)) {
				labels.registerColumnOverrides(c, NAME_LABEL);
				bodyData.setColumnWidthByPosition(c, 280);
			} else {
				bodyData.setColumnWidthByPosition(c, 80);
			}
		}
		NatTable natTable = new NatTable(parent, gridLayer, false);
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				Style amount = new Style();
				amount.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, amount, DisplayMode.NORMAL,
						AMOUNT_LABEL);
				// item names read from the left, as printed
				Style name = new Style();
				name.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, name, DisplayMode.NORMAL, NAME_LABEL);
			}
		});
		natTable.configure();
		natTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return natTable;
	}

	private static List<Path> findSampleDocuments() {
		String samples = System.getProperty("fiscallens.samples");
		if (samples == null || !Files.isDirectory(Path.of(samples))) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(Path.of(samples))) {
			return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	public NatTable getNatTable() {
		return natTable;
	}

	public TableGrid getGrid() {
		return grid;
	}

	public Submission getSubmission() {
		return submission;
	}

	/** A context menu on the grid: a finding the rules missed, on the row under the mouse. */
	private void addManualFindingMenu(NatTable table) {
		org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(table);
		org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
		item.setText(Messages.get("table.manualFinding"));
		int[] clicked = { -1, -1 };
		table.addListener(SWT.MenuDetect, e -> {
			org.eclipse.swt.graphics.Point p = table.toControl(e.x, e.y);
			clicked[0] = table.getColumnPositionByX(p.x) - 1; // position 0 is the row header
			clicked[1] = table.getRowIndexByPosition(table.getRowPositionByY(p.y));
		});
		item.addListener(SWT.Selection, e -> {
			org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(table.getShell(),
					Messages.get("table.manualFinding"), Messages.get("table.manualFindingPrompt"), "", null);
			if (clicked[1] >= 0 && ask.open() == org.eclipse.jface.window.Window.OK) {
				addManualFinding(clicked[1], Math.max(0, clicked[0]), ask.getValue());
			}
		});
		table.setMenu(menu);
	}

	/**
	 * Records a finding the rules missed on a cell of the shown table (grid row and column) and saves the review
	 * record; false when the shown document is not in the review workspace.
	 */
	public boolean addManualFinding(int row, int column, String message) {
		org.fiscallens.review.Reviews reviews = org.fiscallens.ui.ReviewSession.get().reviews();
		if (reviews == null || submission == null || message == null || message.isBlank()) {
			return false;
		}
		String path = submission.getSource() == null ? null : submission.getSource().getPath();
		var entry = reviews.workspace().entries().stream().filter(e -> e.sourcePath().equals(path)).findFirst();
		if (entry.isEmpty()) {
			return false;
		}
		org.fiscallens.model.disclosure.Row r = grid.row(row);
		org.fiscallens.model.disclosure.Cell cell = grid.cell(column, row);
		String columnName = grid.isAmount(column) ? grid.header(column) : null;
		var where = org.fiscallens.review.ReviewRecords.location(cell != null && cell.getLine() > 0 ? cell.getLine()
				: r.getLine(), grid.table().getCatalogueCode(), org.fiscallens.rules.interpreter.DocumentContext.rowLabel(r),
				columnName, null);
		// an undoable edit (Edit › 撤销), saved at once
		var saved = org.fiscallens.ui.operations.ReviewOperation.run(new org.fiscallens.ui.operations.AddManualFindingOperation(
				entry.get(), org.fiscallens.model.review.FindingSeverity.ERROR, message.trim(), List.of(where)));
		if (!saved.isOK()) {
			summary.setText(saved.getMessage());
			return false;
		}
		return true;
	}

	/** Shows a document of the review workspace (its first table). */
	public void show(Submission document) {
		submission = document;
		String path = document.getSource() == null ? "" : document.getSource().getPath();
		documentCombo.setText(path);
		if (documentCombo.indexOf(path) < 0) {
			documentCombo.add(path, 0);
		}
		documentCombo.select(documentCombo.indexOf(path));
		tableCombo.removeAll();
		for (Table table : submission.getTables()) {
			tableCombo.add(table.getCatalogueCode() != null ? table.getCatalogueCode() + " " + table.getTitle()
					: table.getTitle());
		}
		if (submission.getTables().isEmpty()) {
			replaceGrid(null);
			summary.setText(Messages.get("table.noTables"));
		} else {
			showTable(0);
		}
	}

	/**
	 * Shows a table and selects the row a finding points at ({@code rowLabel} as findings name rows: subject code and
	 * name, or the name); false when the document has no such table or row.
	 */
	public boolean reveal(String catalogueCode, String rowLabel) {
		if (catalogueCode == null || !showTable(catalogueCode)) {
			return false;
		}
		for (int r = 0; r < grid.rowCount(); r++) {
			if (rowLabel != null && rowLabel.equals(org.fiscallens.rules.interpreter.DocumentContext.rowLabel(grid.row(r)))) {
				var selection = gridLayer.getBodyLayer().getSelectionLayer();
				natTable.doCommand(new org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand(
						selection, 0, r, false, false));
				natTable.doCommand(new org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand(r));
				selectedRow = r;
				return true;
			}
		}
		return false;
	}

	/** The grid row last selected by {@link #reveal}, or -1. */
	public int getSelectedRow() {
		return selectedRow;
	}

	/** Selects a table by its catalogue code (e.g. 公开01); false when the document has none. */
	public boolean showTable(String catalogueCode) {
		for (int i = 0; i < submission.getTables().size(); i++) {
			if (catalogueCode.equals(submission.getTables().get(i).getCatalogueCode())) {
				showTable(i);
				return true;
			}
		}
		return false;
	}

	@Override
	public void setFocus() {
		documentCombo.setFocus();
	}
}
