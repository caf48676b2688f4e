package org.fiscallens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.ReviewPerspective;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.Screenshots;
import org.fiscallens.ui.editor.DisclosureEditor;
import org.fiscallens.ui.editor.NarrativePage;
import org.fiscallens.ui.editor.TablePage;
import org.fiscallens.ui.views.FindingFilter;
import org.fiscallens.ui.views.FindingsView;
import org.fiscallens.ui.views.ProvinceExplorerView;
import org.junit.jupiter.api.Test;

/**
 * The disclosure editor on the seeds' review: every page (公开06 with its highlighted cell, the narrative with its
 * claims, the source, the findings), following a finding to its cell, the findings of a selected cell, and the
 * findings view's filters and groups checked against the review record. Seed 001 (吕梁市离石区医疗保障局, 2024 决算)
 * restates 其他工资福利支出 as 3.55 where 公开06 prints 3.56 (line 288).
 */
public class DisclosureEditorUITest {

	private static final RGB ERROR = new RGB(255, 199, 199);

	@Test
	public void editorPagesSelectionSyncAndFindingsFilters() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReviewPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		window.getShell().setMaximized(true);
		ProvinceExplorerView explorer = (ProvinceExplorerView) page.showView(ProvinceExplorerView.ID);
		FindingsView findingsView = (FindingsView) page.showView(FindingsView.ID);
		waitUntil(() -> ReviewSession.get().reviews() != null || ReviewSession.get().problem() != null);
		Reviews reviews = ReviewSession.get().reviews();
		assertNotNull(reviews, "the review opened: " + ReviewSession.get().problem());
		SubmissionEntry lishi = reviews.workspace().entries().stream().filter(e -> e.sourcePath().contains("001_"))
				.findFirst().orElseThrow();

		measureOpenTimes(page, explorer, reviews);

		// 打开 (Open) on the document selected in the explorer, as its context menu does (a double-click too)
		explorer.getViewer().expandAll();
		explorer.getViewer().setSelection(new StructuredSelection(lishi), true);
		page.activate(explorer);
		window.getService(IHandlerService.class).executeCommand("org.fiscallens.ui.commands.openDisclosure", null);
		DisclosureEditor editor = (DisclosureEditor) page.getActiveEditor();
		assertEquals(lishi.id(), editor.entry().id(), "the selected document is open");
		// saved with the workbench, reopened on the same document at the next start
		org.eclipse.ui.XMLMemento memento = org.eclipse.ui.XMLMemento.createWriteRoot("editor");
		editor.getEditorInput().getPersistable().saveState(memento);
		Object restored = new org.fiscallens.ui.editor.DisclosureInputFactory().createElement(memento);
		assertEquals(editor.getEditorInput(), restored);
		assertEquals(lishi, ((org.fiscallens.ui.editor.DisclosureEditorInput) restored).entry());
		assertNotNull(editor.getSubmission());
		List<FindingRecord> own = reviews.records().findingsOf(lishi.unitName(), lishi.year(), lishi.kind());
		assertEquals(own.size(), editor.findings().all().size(), "the editor knows the document's findings");
		FindingRecord restated = own.stream()
				.filter(f -> f.getMessage().contains("3.55") && f.getSeverity() == FindingSeverity.ERROR)
				.findFirst().orElseThrow();

		// headers as printed: 公开02 names its columns over their 栏次 (1 本年收入合计, 2 财政拨款收入 …); 公开04 groups
		// its columns under 收入 and 支出 (seed 001 lines 129–131 and 189–190)
		TablePage income = editor.showTable("公开02");
		assertEquals(2, income.grid().headerRows());
		int first = income.grid().nameColumn() + 1;
		assertEquals("1", income.grid().columnNumber(first));
		assertEquals("栏次", income.grid().columnNumber(income.grid().nameColumn()));
		Screenshots.save(income.natTable(), "editor-table-gongkai02-header");
		TablePage both = editor.showTable("公开04");
		Set<String> groups = new HashSet<>();
		for (int c = 0; c < both.grid().columnCount(); c++) {
			groups.add(both.grid().group(c, 0));
		}
		assertTrue(groups.containsAll(List.of("收入", "支出")), "grouped under 收入 and 支出: " + groups);
		Screenshots.save(both.natTable(), "editor-table-gongkai04-header");

		// the table page: 公开06 laid out as printed, the 3.56 cell the finding compared painted as an error
		TablePage table = editor.showTable("公开06");
		assertNotNull(table, "seed 001 has 公开06");
		Cell cell = (Cell) editor.findings().targetsOf(restated).stream().filter(Cell.class::isInstance).findFirst()
				.orElseThrow(() -> new AssertionError("the finding points at a 公开06 cell: " + restated.getLocations()));
		Row row = (Row) cell.eContainer();
		assertEquals("30199", row.getSubjectCode());
		assertEquals(288, cell.getLine(), "the cell printed at line 288");
		assertEquals("3.56", table.grid().text(table.grid().columnOf(cell), table.grid().rowOf(row)));
		int column = table.grid().columnOf(cell);
		int gridRow = table.grid().rowOf(row);
		assertEquals(FindingSeverity.ERROR, table.severityAt(column, gridRow));
		assertTrue(table.tooltipAt(column, gridRow).contains(restated.getMessage()),
				"the tooltip explains the finding: " + table.tooltipAt(column, gridRow));
		table.selectPosition(table.grid().nameColumn(), 0); // the selection colour would hide the highlight
		table.natTable().doCommand(new org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand(
				column, gridRow));
		ImageData grid = Screenshots.save(table.natTable(), "editor-table-gongkai06-highlighted");
		assertTrue(pixels(grid, ERROR) > 200, "an error cell is painted in the error colour");
		Screenshots.save(window.getShell(), "editor-table-page");

		// follow the finding from the findings view: the editor selects its cell
		DisclosureEditor followed = findingsView.open(restated);
		assertSame(editor, followed, "the open editor is reused");
		assertSame(cell, editor.activeTablePage().selectedCell(), "the finding's cell is selected");
		Screenshots.save(window.getShell(), "editor-finding-followed-to-its-cell");

		// selecting a finding in the findings view selects its place in the editor (no double-click)
		FindingRecord other = own.stream()
				.filter(f -> f.getMessage().contains("78.16") && f.getSeverity() == FindingSeverity.ERROR).findFirst().orElseThrow();
		page.activate(findingsView);
		findingsView.setScope(lishi);
		findingsView.getViewer().setSelection(new StructuredSelection(other), true);
		Screenshots.settle();
		Object otherCell = editor.findings().targetsOf(other).stream().filter(Cell.class::isInstance).findFirst()
				.orElseThrow();
		assertSame(otherCell, editor.activeTablePage().selectedCell(), "selecting a finding selects its cell");

		// selecting a cell lists its findings: those whose locations name that cell (or its whole row)
		page.activate(editor);
		table = editor.showTable("公开06");
		table.selectPosition(column, gridRow);
		Screenshots.settle();
		String rowLabel = org.fiscallens.rules.interpreter.DocumentContext.rowLabel(row);
		String columnName = cell.getColumn().getName();
		Set<FindingRecord> atCell = own.stream().filter(f -> f.getLocations().stream()
				.anyMatch(l -> "公开06".equals(l.getTable()) && rowLabel.equals(l.getRow())
						&& (l.getColumn() == null || l.getColumn().equals(columnName))))
				.collect(Collectors.toSet());
		assertTrue(atCell.contains(restated));
		assertEquals(atCell, new HashSet<>(findingsView.shown()), "the findings view lists the cell's findings");
		Screenshots.save(window.getShell(), "editor-cell-selected-findings-listed");

		// the narrative page: claims highlighted, the restated 3.55 among them, in the error colour
		editor.showNarrative();
		NarrativePage narrative = editor.narrativePage();
		List<NarrativePage.Span> spans = narrative.spans();
		assertTrue(spans.size() > 20, "the narrative's claims are highlighted: " + spans.size());
		Claim claim = (Claim) editor.findings().targetsOf(restated).stream().filter(Claim.class::isInstance)
				.findFirst().orElseThrow(() -> new AssertionError("the finding points at a claim"));
		assertEquals("3.55万元", claim.getRaw(), "of the amounts stated on its line, the one the finding quotes");
		NarrativePage.Span span = spans.stream().filter(s -> s.claim() == claim).findFirst().orElseThrow();
		assertEquals(claim.getRaw(), narrative.text().getText(span.start(), span.start() + span.length() - 1));
		assertEquals(ERROR, narrative.text().getStyleRangeAtOffset(span.start()).background.getRGB());
		assertTrue(narrative.tooltip(claim).contains(restated.getMessage()));
		narrative.selectClaim(claim);
		Screenshots.settle();
		assertTrue(findingsView.shown().contains(restated), "selecting the claim lists its findings");
		ImageData narrativePicture = Screenshots.save(window.getShell(), "editor-narrative-page");
		assertTrue(pixels(narrativePicture, ERROR) > 50, "the claim is painted in the error colour");

		// the source page: the original text with line numbers, the finding's lines painted
		editor.showSource();
		List<String> lines = Files.readAllLines(Path.of(lishi.sourcePath()));
		assertEquals(lines.size(), editor.sourcePage().text().getLineCount());
		assertEquals(lines.get(287), editor.sourcePage().text().getLine(287), "line 288 as printed");
		editor.sourcePage().selectLine(288);
		Screenshots.settle();
		assertTrue(findingsView.shown().contains(restated), "selecting line 288 lists its findings");
		Screenshots.save(window.getShell(), "editor-source-page");

		// the findings page: every finding of the document; selecting one selects its cell on the table page
		editor.showFindings();
		assertEquals(own.size(), editor.findingsPage().viewer().getTable().getItemCount());
		editor.findingsPage().viewer().setSelection(new StructuredSelection(restated), true);
		Screenshots.settle();
		assertSame(cell, editor.tablePages().stream().filter(p -> "公开06".equals(p.table().getCatalogueCode()))
				.findFirst().orElseThrow().selectedCell(), "the findings page's selection selects the cell");
		int line = editor.sourcePage().selectedLine();
		assertTrue(restated.getLocations().stream().anyMatch(l -> l.getLine() == line), "and its line: " + line);
		assertTrue(narrative.text().getSelectionText().contains("3.55万元"), "and its sentence in the narrative: "
				+ narrative.text().getSelectionText());
		Screenshots.save(window.getShell(), "editor-findings-page");
		// the findings page decides too: 确认 from its context menu, saved at once (then put back as it was)
		FindingStatus was = restated.getStatus();
		org.eclipse.swt.widgets.Menu menu = editor.findingsPage().viewer().getTable().getMenu();
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		org.eclipse.swt.widgets.MenuItem confirm = java.util.Arrays.stream(menu.getItems())
				.filter(i -> "确认".equals(i.getText())).findFirst().orElseThrow();
		confirm.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertEquals(FindingStatus.CONFIRMED,
				ReviewRecords.open(reviews.workspace().directory()).get(restated.getKey()).getStatus());
		org.fiscallens.ui.views.FindingStatusActions.apply(List.of(restated), was, DismissReason.NONE);

		checkFindingsView(page, findingsView, reviews);
	}

	/** Filters and groups of the findings view, counted against the review record. */
	private static void checkFindingsView(IWorkbenchPage page, FindingsView view, Reviews reviews) throws IOException {
		page.activate(view);
		view.setWholeProvince(true);
		view.setFilter(FindingFilter.DEFAULT);
		view.setGrouping(FindingsView.Grouping.NONE);
		List<FindingRecord> all = reviews.records().findings();
		assertEquals(count(all, f -> !f.isRounding()), view.shown().size(), "whole province, rounding hidden");
		view.setFilter(FindingFilter.DEFAULT.withRounding(FindingFilter.Rounding.ONLY));
		long rounding = count(all, FindingRecord::isRounding);
		assertTrue(rounding > 0, "the seeds have rounding tails");
		assertEquals(rounding, view.shown().size());
		view.setFilter(FindingFilter.DEFAULT.withRounding(FindingFilter.Rounding.SHOW));
		assertEquals(all.size(), view.shown().size());
		view.setFilter(FindingFilter.DEFAULT.withSeverity(FindingSeverity.ERROR));
		assertEquals(count(all, f -> !f.isRounding() && f.getSeverity() == FindingSeverity.ERROR), view.shown().size());
		String rule = all.stream().filter(f -> !f.isRounding()).map(FindingRecord::getRule).findFirst().orElseThrow();
		view.setFilter(FindingFilter.DEFAULT.withRule(rule));
		assertEquals(count(all, f -> !f.isRounding() && f.getRule().equals(rule)), view.shown().size());
		// region: the units the workspace index places under 吕梁市 (离石区, 汾阳市)
		Set<String> lvliang = reviews.workspace().entries().stream()
				.filter(e -> e.regionPath().startsWith("山西省/吕梁市")).map(SubmissionEntry::unitName)
				.collect(Collectors.toSet());
		assertEquals(2, lvliang.size(), "吕梁市 has two units: " + lvliang);
		view.setFilter(FindingFilter.DEFAULT.withRegion("山西省/吕梁市"));
		assertEquals(count(all, f -> !f.isRounding() && lvliang.contains(f.getUnitName())), view.shown().size());
		assertTrue(view.shown().size() > 0);
		Screenshots.save(page.getWorkbenchWindow().getShell(), "findings-view-filtered-by-region");

		// grouped by rule, then by unit: every shown finding in exactly one group
		view.setFilter(FindingFilter.DEFAULT);
		view.setGrouping(FindingsView.Grouping.RULE);
		List<FindingRecord> shown = view.shown();
		assertEquals(shown.stream().map(FindingRecord::getRule).distinct().count(), view.groups().size());
		assertEquals(shown.size(), view.groups().stream().mapToInt(g -> g.findings().size()).sum());
		assertEquals(view.groups().size(), view.getViewer().getTree().getItemCount());
		view.getViewer().expandToLevel(view.groups().get(0), 1);
		Screenshots.save(page.getWorkbenchWindow().getShell(), "findings-view-grouped-by-rule");
		view.setGrouping(FindingsView.Grouping.UNIT);
		assertEquals(shown.stream().map(FindingRecord::getUnitName).distinct().count(), view.groups().size());
		assertTrue(view.groups().stream().allMatch(g -> g.findings().stream()
				.allMatch(f -> g.label().equals(f.getUnitName()))));

		// bulk status change on a selected group: saved for each of its findings, then undone by reopening
		FindingsView.Group group = view.groups().stream().filter(g -> g.findings().size() >= 2).findFirst()
				.orElseThrow();
		List<FindingRecord> before = new ArrayList<>(group.findings());
		List<FindingStatus> statuses = before.stream().map(FindingRecord::getStatus).toList();
		view.getViewer().setSelection(new StructuredSelection(group));
		assertEquals(before, view.selected());
		view.setStatus(view.selected(), FindingStatus.CONFIRMED, DismissReason.NONE);
		ReviewRecords saved = ReviewRecords.open(reviews.workspace().directory());
		assertTrue(before.stream().allMatch(f -> saved.get(f.getKey()).getStatus() == FindingStatus.CONFIRMED));
		for (int i = 0; i < before.size(); i++) {
			view.setStatus(List.of(before.get(i)), statuses.get(i), DismissReason.NONE);
		}

		// exactly the findings another part selected (the memo dashboard's bar), rounding tails included
		view.setWholeProvince(false);
		view.setGrouping(FindingsView.Grouping.NONE);
		List<FindingRecord> picked = List.of(all.stream().filter(FindingRecord::isRounding).findFirst().orElseThrow(),
				all.stream().filter(f -> !f.isRounding()).findFirst().orElseThrow());
		view.setScope(picked);
		assertEquals(Set.copyOf(picked), Set.copyOf(view.shown()), "exactly those (in the order of a chosen column)");
		assertEquals(picked.size(), view.shown().size());
		view.setScope(null);
	}

	/** Opens each seed twice (cold, then warm) and writes the open times next to the screenshots. */
	private static void measureOpenTimes(IWorkbenchPage page, ProvinceExplorerView explorer, Reviews reviews)
			throws IOException {
		List<String> report = new ArrayList<>();
		page.closeAllEditors(false); // another test may have left one open: each document is opened anew
		for (SubmissionEntry entry : reviews.workspace().entries()) {
			for (String round : List.of("first", "warm")) {
				long start = System.nanoTime();
				DisclosureEditor editor = explorer.open(entry);
				Screenshots.settle(); // until painted
				long painted = (System.nanoTime() - start) / 1_000_000;
				report.add(round + "\t" + entry.unitName() + "\t" + editor.timing() + "; painted after " + painted + " ms; "
						+ editor.tablePages().size() + " tables, " + editor.findings().all().size() + " findings");
				page.closeEditor(editor, false);
			}
		}
		Path folder = Path.of(System.getProperty("fiscallens.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		Files.write(folder.resolve("editor-open-times.txt"), report);
		report.forEach(System.out::println);
		assertFalse(report.isEmpty());
	}

	private static long count(List<FindingRecord> findings, Predicate<FindingRecord> test) {
		return findings.stream().filter(test).count();
	}

	/** Pixels of exactly one colour. */
	private static int pixels(ImageData data, RGB colour) {
		int n = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				if (colour.equals(data.palette.getRGB(data.getPixel(x, y)))) {
					n++;
				}
			}
		}
		return n;
	}

	/** Runs the event loop until the condition holds (two minutes at most: the sample province is imported first). */
	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + 120_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}
}
