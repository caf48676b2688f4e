package org.fiscallens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.jface.viewers.StructuredSelection;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.ReviewPerspective;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.table.TableGrid;
import org.fiscallens.ui.editor.DisclosureEditor;
import org.fiscallens.ui.editor.TablePage;
import org.fiscallens.ui.views.FindingDetailsView;
import org.fiscallens.ui.views.FindingsView;
import org.fiscallens.ui.views.ProvinceExplorerView;
import org.fiscallens.ui.Screenshots;
import org.junit.jupiter.api.Test;

/** The 审核 perspective of the running workbench, with seed 000's 公开01 in the disclosure editor. */
public class ReviewPerspectiveUITest {

	@Test
	public void reviewPerspectiveShowsSeedTable() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReviewPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		assertEquals("审核", page.getPerspective().getLabel(), "Chinese is the default UI language");
		window.getShell().setMaximized(true);

		ProvinceExplorerView explorer = (ProvinceExplorerView) page.showView(ProvinceExplorerView.ID);
		// on first start the sample documents are imported and checked in the background
		Reviews reviews = waitForReview();
		assertEquals(5, reviews.workspace().entries().size(), "the five seeds were imported");
		// the explorer fills when the review's change notice reaches the UI thread, just after the review is open
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + 10_000;
		while (explorer.getViewer().getTree().getItemCount() == 0 && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		Screenshots.settle();
		explorer.getViewer().expandAll();
		TreeItem[] provinces = explorer.getViewer().getTree().getItems();
		assertEquals(List.of("山西省", "青海省"), Arrays.stream(provinces).map(TreeItem::getText).sorted().toList());
		String tree = describe(provinces);
		assertTrue(tree.matches("(?s).*吕梁市离石区医疗保障局 （错 [3-9] · 警 0）.*"),
				"a unit shows its unresolved findings (seed 001 has 78.16 vs 78.17 and more): " + tree);
		assertTrue(tree.contains("2024 决算 · 部门"), "documents are listed under their unit: " + tree);
		// filter by region: only 吕梁市's units remain
		explorer.filter("吕梁市", false);
		String filtered = describe(explorer.getViewer().getTree().getItems());
		assertTrue(filtered.contains("吕梁市离石区医疗保障局") && filtered.contains("汾阳市医疗保障局"), filtered);
		assertTrue(!filtered.contains("青海省医疗保障局") && !filtered.contains("阳泉市医疗保障局"), filtered);
		explorer.filter("", true);
		String withErrors = describe(explorer.getViewer().getTree().getItems());
		assertTrue(withErrors.contains("青海省医疗保障局") && !withErrors.contains("山西省医疗保险管理服务中心"),
				"only units with errors: " + withErrors);
		explorer.filter("", false);

		SubmissionEntry seed000 = reviews.workspace().entries().stream()
				.filter(e -> e.sourcePath().contains("000_")).findFirst().orElseThrow();
		DisclosureEditor editor = explorer.open(seed000);
		assertNotNull(editor.getSubmission(), "the sample documents were found and imported");
		TablePage view = editor.showTable("公开01");
		assertNotNull(view, "seed 000 has 公开01");
		Screenshots.settle();

		NatTable natTable = view.natTable();
		assertNotNull(natTable);
		// values as printed in the seed: line 108 一、一般公共预算财政拨款收入 8273.42; line 116 九、卫生健康支出 6687.42
		TableGrid grid = view.grid();
		assertEquals("8273.42", amountOf(grid, "一、一般公共预算财政拨款收入"));
		assertEquals("6687.42", amountOf(grid, "九、卫生健康支出"));
		assertEquals("9353.52", amountOf(grid, "总计"));
		// the NatTable shows the grid: header rows (as printed, with the 栏次) + body
		assertEquals(grid.rowCount() + grid.headerRows(), natTable.getPreferredRowCount());

		// NatTable paints through eclipse-collections, which only works in OSGi when SPI Fly is active
		assertNotNull(org.eclipse.collections.api.factory.Sets.mutable.empty());
		ImageData picture = Screenshots.save(natTable, "disclosure-table-000-gongkai01");
		assertTrue(Screenshots.darkPixels(picture) > 2000, "the grid painted its text and lines");
		// once painted, its first visible cells are the grid's: the side and the name of the first row
		assertEquals(grid.text(0, 0), natTable.getDataValueByPosition(1, grid.headerRows()));
		assertEquals(grid.header(0), natTable.getDataValueByPosition(1, 0));
		Screenshots.save(window.getShell(), "review-perspective");

		// the findings of seed 001's unit; the reviewer confirms the 78.16 restatement, and it is saved at once
		FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
		SubmissionEntry lishi = reviews.workspace().entries().stream().filter(e -> e.unitName().contains("离石"))
				.findFirst().orElseThrow();
		findings.setScope(lishi);
		@SuppressWarnings("unchecked")
		List<FindingRecord> shown = (List<FindingRecord>) findings.getViewer().getInput();
		FindingRecord restated = shown.stream().filter(f -> f.getMessage().contains("78.16")).findFirst().orElseThrow();
		// sorting by the rule column puts 说明基本支出 before 说明绩效资金占比
		findings.getViewer().getTree().getColumn(2).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		Screenshots.settle();
		assertEquals("说明基本支出", findings.getViewer().getTree().getItem(0).getText(2));
		findings.getViewer().getTree().getColumn(2).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		Screenshots.settle();
		assertEquals("说明绩效资金占比", findings.getViewer().getTree().getItem(0).getText(2), "a second click reverses");
		assertTrue(shown.stream().noneMatch(FindingRecord::isRounding), "rounding tails are hidden by default");
		findings.setStatus(List.of(restated), FindingStatus.CONFIRMED, DismissReason.NONE);
		assertEquals(FindingStatus.CONFIRMED,
				ReviewRecords.open(reviews.workspace().directory()).get(restated.getKey()).getStatus());
		FindingDetailsView details = (FindingDetailsView) page.showView(FindingDetailsView.ID);
		page.activate(findings);
		findings.getViewer().setSelection(new StructuredSelection(restated), true);
		Screenshots.settle();
		assertTrue(details.getText().contains("应为：公开05.row(\"合计\")[\"基本支出\"] = 78.17"), details.getText());
		details.addComment("请单位更正为 78.17");
		assertEquals("请单位更正为 78.17",
				ReviewRecords.open(reviews.workspace().directory()).get(restated.getKey()).getComments().get(0).getText());
		assertTrue(details.getText().contains("确认"), "the history shows the confirmation: " + details.getText());
		Screenshots.save(window.getShell(), "findings-view");

		// following a table finding lands on its row: seed 001 公开06 30199 其他工资福利支出 (3.55 vs 3.56, line 288)
		FindingRecord item = shown.stream().filter(f -> f.getMessage().contains("3.55")).findFirst().orElseThrow();
		TablePage opened = findings.open(item).activeTablePage();
		assertEquals("公开06", opened.grid().table().getCatalogueCode());
		assertNotNull(opened.selectedRow(), "the finding's row is selected");
		assertEquals("30199", opened.selectedRow().getSubjectCode());
		assertEquals(288, opened.selectedRow().getLine(), "the row printed at line 288");
		Screenshots.save(window.getShell(), "finding-followed-to-its-row");

		// a finding the rules missed, on the cell the reviewer points at (the 决算数 of 30199)
		int amount = opened.grid().columnCount() - 1;
		assertTrue(opened.addManualFinding(opened.grid().rowOf(opened.selectedRow()), amount, "其他工资福利支出未说明构成"));
		FindingRecord manual = ReviewRecords.open(reviews.workspace().directory()).findings().stream()
				.filter(FindingRecord::isManual).findFirst().orElseThrow();
		assertEquals("公开06", manual.getLocations().get(0).getTable());
		assertEquals(288, manual.getLocations().get(0).getLine());
		assertEquals(FindingStatus.CONFIRMED, manual.getStatus());
		findings.setScope(lishi);
		@SuppressWarnings("unchecked")
		List<FindingRecord> now = (List<FindingRecord>) findings.getViewer().getInput();
		assertTrue(now.stream().anyMatch(FindingRecord::isManual), "the manual finding is listed");
	}

	private static Reviews waitForReview() throws InterruptedException {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + 120_000;
		while (ReviewSession.get().reviews() == null && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		assertNotNull(ReviewSession.get().reviews(), "the review opened: " + ReviewSession.get().problem());
		return ReviewSession.get().reviews();
	}

	/** The labels of an expanded tree, one per line. */
	private static String describe(TreeItem[] items) {
		StringBuilder s = new StringBuilder();
		for (TreeItem item : items) {
			s.append(item.getText()).append('\n');
			s.append(describe(item.getItems()));
		}
		return s.toString();
	}

	/** The first non-empty amount in the grid row whose name column reads {@code name}. */
	private static String amountOf(TableGrid grid, String name) {
		for (int row = 0; row < grid.rowCount(); row++) {
			for (int column = 0; column < grid.columnCount(); column++) {
				if (grid.isName(column) && name.equals(grid.text(column, row))) {
					for (int c = column + 1; c < grid.columnCount(); c++) {
						if (!grid.text(c, row).isEmpty()) {
							return grid.text(c, row);
						}
					}
					return "";
				}
			}
		}
		return "row '" + name + "' not found";
	}
}
