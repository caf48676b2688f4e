package org.fiscallens.ui.tests;

import static org.fiscallens.ui.tests.WorkbenchDriver.join;
import static org.fiscallens.ui.tests.WorkbenchDriver.labels;
import static org.fiscallens.ui.tests.WorkbenchDriver.menu;
import static org.fiscallens.ui.tests.WorkbenchDriver.menuBar;
import static org.fiscallens.ui.tests.WorkbenchDriver.review;
import static org.fiscallens.ui.tests.WorkbenchDriver.shell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.fiscallens.model.disclosure.Region;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.model.review.UnitReviewStatus;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.ReviewPerspective;
import org.fiscallens.ui.Screenshots;
import org.fiscallens.ui.operations.AssignUnitOperation;
import org.fiscallens.ui.preferences.ReviewerPreferencePage;
import org.fiscallens.ui.preferences.ReviewerPreferences;
import org.fiscallens.ui.editor.DisclosureEditor;
import org.fiscallens.ui.editor.TablePage;
import org.fiscallens.ui.views.FindingDetailsView;
import org.fiscallens.ui.views.FindingsView;
import org.fiscallens.ui.views.ProvinceExplorerView;
import org.fiscallens.ui.wizards.ImportReport;
import org.fiscallens.ui.wizards.ImportReportDialog;
import org.fiscallens.ui.wizards.ImportWizard;
import org.junit.jupiter.api.Test;

/**
 * Phase 1 of the restart test (phase 2 is {@link RestartPhase2UITest}, another workbench in another JVM on the same
 * workspace): a whole review in a fresh workbench — the seeds imported through the import wizard, a disclosure opened,
 * a finding followed to its row, one confirmed (with a comment), one dismissed with a reason, a manual finding, a
 * unit's review status — with undo and redo through Edit › 撤销/重做. Every change is checked on disk as it is made;
 * what phase 2 must find is written to {@code fiscallens.restart.expected}.
 */
public class RestartPhase1UITest {

	static final String REVIEWER = "审核员甲";
	static final String COMMENT = "请单位更正为 78.17";
	static final String MANUAL = "其他工资福利支出未说明构成";
	/** The rule in the test bundle's rules/reviewer.flr. */
	static final String REVIEWERS_RULE = "审核员基本支出上限";

	@Test
	public void reviewThenLeaveTheWorkbench() throws Exception {
		Path expected = Path.of(System.getProperty("fiscallens.restart.expected"));
		Files.deleteIfExists(expected); // phase 2 must only ever see what this run wrote
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReviewPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		window.getShell().setMaximized(true);
		Reviews reviews = review();
		assertTrue(reviews.workspace().entries().isEmpty(), "a fresh workspace: nothing was imported automatically");

		// the menus of the workbench
		assertTrue(menuBar(window.getShell()).containsAll(List.of("文件", "编辑", "窗口")), menuBar(window.getShell()).toString());
		assertTrue(menu(window.getShell(), "文件").contains("导入…"), menu(window.getShell(), "文件").toString());
		assertTrue(menu(window.getShell(), "编辑").containsAll(List.of("撤销", "重做")), menu(window.getShell(), "编辑").toString());

		// preferences: the reviewer's name (instance scope, so phase 2 finds it)
		PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(window.getShell(), ReviewerPreferencePage.ID,
				null, null);
		preferences.setBlockOnOpen(false);
		preferences.open();
		Screenshots.save(preferences.getShell(), "restart-1-preferences");
		preferences.close();
		ReviewerPreferences.store().setValue(ReviewerPreferences.REVIEWER, REVIEWER);
		ReviewerPreferences.store().setValue(ReviewerPreferences.LANGUAGE, "en");
		// a rule folder of the reviewer's own: used from the next time the review opens (phase 2)
		ReviewerPreferences.store().setValue(ReviewerPreferences.RULE_FOLDERS, System.getProperty("fiscallens.restart.rules"));
		ReviewerPreferences.flush();
		// where ./fiscallens reads the language to pass as -nl at the next start
		Path prefs = Path.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().toURI())
				.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.fiscallens.ui.prefs");
		assertTrue(Files.readAllLines(prefs).contains("language=en"), prefs.toString());

		// import through the wizard: the sample province — the five seeds and the generated 300 units, so the record
		// has a province's size (last session's 54 MB record could not be reopened) — and a file that is no
		// disclosure (it must not stop the others)
		Path seeds = Path.of(System.getProperty("fiscallens.seeds"));
		Path samples = seeds.getParent();
		long documents;
		try (var files = Files.walk(samples)) {
			documents = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).count();
		}
		Path broken = expected.resolveSibling("restart-inputs").resolve("不是公开文件.txt");
		Files.createDirectories(broken.getParent());
		Files.writeString(broken, "会议纪要\n今天讨论了办公用品采购。\n", StandardCharsets.UTF_8);
		ImportWizard wizard = new ImportWizard();
		WorkbenchDriver.Wizard dialog = new WorkbenchDriver.Wizard(window.getShell(), wizard);
		dialog.open();
		wizard.setPaths(List.of(samples, broken));
		Screenshots.save(dialog.getShell(), "restart-1-import-wizard");
		dialog.finish();
		join(wizard.job());
		Shell summary = shell("导入结果");
		Screenshots.save(summary, "restart-1-import-summary");
		ImportReport report = wizard.job().report();
		assertEquals(documents, report.imported(), ImportReportDialog.messagesText(report));
		assertEquals(1, report.failed(), ImportReportDialog.messagesText(report));
		assertTrue(report.messages().stream().anyMatch(m -> m.startsWith(broken + ":0: ")),
				"the failure names its file and line: " + report.messages());
		assertEquals(documents, report.documents().size());
		assertTrue(reviews.records().findings().stream().noneMatch(f -> f.getRule().equals(REVIEWERS_RULE)),
				"the reviewer's rule folder is not used before the review is opened again");
		long errors = reviews.records().findings().stream()
				.filter(f -> f.getSeverity() == FindingSeverity.ERROR && !f.isRounding()).count();
		assertTrue(errors > 0, "the seeds have errors (seed 001: 78.16 vs 78.17)");
		assertEquals(errors, (long) report.findings().getOrDefault(FindingSeverity.ERROR, 0),
				"the summary counts the recorded findings");
		assertTrue(ImportReportDialog.headline(report).startsWith("导入 " + documents + " 个，替换 0 个，未变 0 个，失败 1 个"),
				ImportReportDialog.headline(report));
		summary.close();

		// the explorer lists the province; open seed 001 (离石区医疗保障局) from it
		ProvinceExplorerView explorer = (ProvinceExplorerView) page.showView(ProvinceExplorerView.ID);
		SubmissionEntry lishi = reviews.workspace().entries().stream()
				.filter(e -> Path.of(e.sourcePath()).startsWith(seeds) && e.sourcePath().contains("001_"))
				.findFirst().orElseThrow();
		explorer.getViewer().setSelection(new StructuredSelection(lishi), true);
		DisclosureEditor table = explorer.open(lishi);
		assertEquals(lishi.sourcePath(), table.getSubmission().getSource().getPath());

		// the findings of the selected document; follow one to its row: 公开06 30199 (3.55 vs 3.56, line 288)
		FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
		findings.setScope(lishi);
		FindingRecord restated = shown(findings).stream().filter(f -> f.getMessage().contains("78.16")).findFirst().orElseThrow();
		FindingRecord tail = shown(findings).stream().filter(f -> f.getMessage().contains("3.55")).findFirst().orElseThrow();
		TablePage followed = findings.open(tail).activeTablePage();
		assertEquals("公开06", followed.grid().table().getCatalogueCode());
		assertEquals("30199", followed.selectedRow().getSubjectCode());
		assertEquals(288, followed.selectedRow().getLine());

		// confirm one, with a comment
		findings.setStatus(List.of(restated), FindingStatus.CONFIRMED, DismissReason.NONE);
		assertEquals(FindingStatus.CONFIRMED, onDisk(reviews).get(restated.getKey()).getStatus());
		FindingDetailsView details = (FindingDetailsView) page.showView(FindingDetailsView.ID);
		page.activate(findings);
		findings.getViewer().setSelection(new StructuredSelection(restated), true);
		details.addComment(COMMENT);
		assertEquals(COMMENT, onDisk(reviews).get(restated.getKey()).getComments().get(0).getText());
		assertEquals(REVIEWER, onDisk(reviews).get(restated.getKey()).getComments().get(0).getAuthor(),
				"the reviewer's name comes from the preferences");

		// dismiss one with a reason; then Edit › 撤销 and 重做 (the commands Ctrl+Z / Ctrl+Y run)
		findings.setStatus(List.of(tail), FindingStatus.DISMISSED, DismissReason.EXPLAINED_BY_UNIT);
		assertEquals(FindingStatus.DISMISSED, onDisk(reviews).get(tail.getKey()).getStatus());
		assertTrue(menu(window.getShell(), "编辑").contains("撤销 标为驳回"), "Edit › 撤销 names the edit it takes back: "
				+ menu(window.getShell(), "编辑"));
		IHandlerService handlers = window.getService(IHandlerService.class);
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		FindingRecord undone = onDisk(reviews).get(tail.getKey());
		assertEquals(FindingStatus.OPEN, undone.getStatus(), "undo reopened it, on disk");
		assertEquals(2, undone.getHistory().size(), "the undo is a new history entry, the dismissal stays in it");
		handlers.executeCommand("org.eclipse.ui.edit.redo", null);
		FindingRecord redone = onDisk(reviews).get(tail.getKey());
		assertEquals(FindingStatus.DISMISSED, redone.getStatus());
		assertEquals(DismissReason.EXPLAINED_BY_UNIT, redone.getDismissReason());
		assertEquals(3, redone.getHistory().size());

		// a manual finding on the cell the reviewer points at (the amount of 30199)
		int amount = followed.grid().columnCount() - 1;
		assertTrue(followed.addManualFinding(followed.grid().rowOf(followed.selectedRow()), amount, MANUAL));
		FindingRecord manual = onDisk(reviews).findings().stream().filter(FindingRecord::isManual).findFirst().orElseThrow();
		assertEquals(288, manual.getLocations().get(0).getLine());

		// the rules run again on the unit (explorer › 重新审核所选): the same findings, every annotation kept
		Unit unit = unit(reviews, lishi.unitName());
		long recorded = reviews.records().findings().stream()
				.filter(f -> f.getUnitName().equals(unit.getName()) && !f.isManual()).count();
		explorer.getViewer().setSelection(new StructuredSelection(unit), true);
		List<String> contextMenu = WorkbenchDriver.items(explorer.getViewer().getTree().getMenu());
		assertTrue(contextMenu.containsAll(List.of("导入…", "重新审核所选（标准规则）", "审核状态", "分配给我（" + REVIEWER + "）", "分配给…")),
				contextMenu.toString());
		org.fiscallens.ui.wizards.RecheckJob recheck = explorer.recheckSelection();
		join(recheck);
		shell("用规则重新审核").close();
		assertEquals(new ReviewRecords.Merge(0, (int) recorded, 0, 0), recheck.merge());
		assertEquals(FindingStatus.CONFIRMED, onDisk(reviews).get(restated.getKey()).getStatus());
		assertEquals(3, onDisk(reviews).get(tail.getKey()).getHistory().size());

		// the unit's review status from the explorer: 审核中, then 已审, and 已审 undone
		explorer.setUnitStatus(unit, UnitReviewStatus.IN_PROGRESS);
		explorer.setUnitStatus(unit, UnitReviewStatus.DONE);
		assertEquals(UnitReviewStatus.DONE, AssignUnitOperation.find(onDisk(reviews), unit.getName()).orElseThrow().getStatus());
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		assertEquals(UnitReviewStatus.IN_PROGRESS,
				AssignUnitOperation.find(onDisk(reviews), unit.getName()).orElseThrow().getStatus());
		explorer.getViewer().expandAll();
		String tree = labels(explorer.getViewer().getTree().getItems());
		assertTrue(tree.contains(unit.getName()) && tree.contains("[审核中 · " + REVIEWER + "]"), tree);
		assertTrue(tree.contains("2024 决算 · 部门"), "the imported documents are listed under their units: " + tree);

		// leave the workbench as a reviewer would: the document selected in the explorer, seed 001 in the table
		explorer.getViewer().collapseAll();
		explorer.getViewer().setSelection(new StructuredSelection(lishi), true);
		assertFalse(explorer.selectedElements().isEmpty());
		Screenshots.save(explorer.getViewer().getControl(), "restart-1-explorer");
		Screenshots.save(findings.getViewer().getControl(), "restart-1-findings");
		page.activate(findings);
		findings.getViewer().setSelection(new StructuredSelection(live(reviews, tail)), true);
		Screenshots.save(details.getControl(), "restart-1-details");
		Screenshots.save(followed.natTable(), "restart-1-table");
		Screenshots.save(window.getShell(), "restart-1-window");

		Properties p = new Properties();
		p.setProperty("documents", String.valueOf(documents));
		p.setProperty("findings", String.valueOf(reviews.records().findings().size()));
		p.setProperty("document", lishi.id());
		p.setProperty("documentPath", lishi.sourcePath());
		p.setProperty("unit", unit.getName());
		p.setProperty("confirmed", restated.getKey());
		p.setProperty("dismissed", tail.getKey());
		p.setProperty("manual", manual.getKey());
		try (Writer w = Files.newBufferedWriter(expected, StandardCharsets.UTF_8)) {
			p.store(w, "written by RestartPhase1UITest, read by RestartPhase2UITest");
		}
	}

	@SuppressWarnings("unchecked")
	static List<FindingRecord> shown(FindingsView findings) {
		return (List<FindingRecord>) findings.getViewer().getInput();
	}

	/** The record as saved (read from disk, not from the workbench's memory). */
	static ReviewRecords onDisk(Reviews reviews) throws java.io.IOException {
		return ReviewRecords.open(reviews.workspace().directory());
	}

	private static FindingRecord live(Reviews reviews, FindingRecord f) {
		return reviews.records().get(f.getKey());
	}

	static Unit unit(Reviews reviews, String name) {
		for (Region r : reviews.workspace().province().getRegions()) {
			Unit u = find(r, name);
			if (u != null) {
				return u;
			}
		}
		throw new AssertionError("no unit " + name);
	}

	private static Unit find(Region r, String name) {
		for (Unit u : r.getUnits()) {
			if (u.getName().equals(name)) {
				return u;
			}
		}
		for (Region c : r.getChildren()) {
			Unit u = find(c, name);
			if (u != null) {
				return u;
			}
		}
		return null;
	}
}
