package org.fiscallens.ui.tests;

import static org.fiscallens.ui.tests.RestartPhase1UITest.COMMENT;
import static org.fiscallens.ui.tests.RestartPhase1UITest.MANUAL;
import static org.fiscallens.ui.tests.RestartPhase1UITest.REVIEWER;
import static org.fiscallens.ui.tests.WorkbenchDriver.labels;
import static org.fiscallens.ui.tests.WorkbenchDriver.review;
import static org.fiscallens.ui.tests.WorkbenchDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.fiscallens.model.review.Assignment;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.model.review.HistoryEntry;
import org.fiscallens.model.review.UnitReviewStatus;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.Screenshots;
import org.fiscallens.ui.operations.AssignUnitOperation;
import org.fiscallens.ui.preferences.ReviewerPreferences;
import org.fiscallens.ui.editor.DisclosureEditor;
import org.fiscallens.ui.views.FindingDetailsView;
import org.fiscallens.ui.views.FindingsView;
import org.fiscallens.ui.views.ProvinceExplorerView;
import org.junit.jupiter.api.Test;

/**
 * Phase 2 of the restart test: a new workbench (a new JVM) on the workspace {@link RestartPhase1UITest} left. Nothing
 * is imported in this phase, so everything asserted here — the documents, every annotation and its history, the unit's
 * status, the reviewer's preferences, the explorer's selection and the open document — came from phase 1's files.
 */
public class RestartPhase2UITest {

	@Test
	public void everythingIsAsTheReviewerLeftIt() throws Exception {
		Path file = Path.of(System.getProperty("fiscallens.restart.expected"));
		assertTrue(Files.isRegularFile(file), "phase 1 ran and wrote what to expect: " + file);
		Properties expected = new Properties();
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			expected.load(r);
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		Reviews reviews = review();
		assertEquals(Integer.parseInt(expected.getProperty("documents")), reviews.workspace().entries().size(),
				"the documents imported in phase 1");

		// the record, as reopened by this workbench and as read from disk by itself: a province's record, whole
		for (ReviewRecords records : List.of(reviews.records(), ReviewRecords.open(reviews.workspace().directory()))) {
			assertEquals(Integer.parseInt(expected.getProperty("findings")), records.findings().size());
			FindingRecord confirmed = records.get(expected.getProperty("confirmed"));
			assertEquals(FindingStatus.CONFIRMED, confirmed.getStatus());
			assertEquals(COMMENT, confirmed.getComments().get(0).getText());
			assertEquals(REVIEWER, confirmed.getComments().get(0).getAuthor());

			FindingRecord dismissed = records.get(expected.getProperty("dismissed"));
			assertEquals(FindingStatus.DISMISSED, dismissed.getStatus());
			assertEquals(DismissReason.EXPLAINED_BY_UNIT, dismissed.getDismissReason());
			// the audit trail keeps the dismissal, its undo and its redo
			assertEquals(List.of("待审→驳回 null", "驳回→待审 撤销", "待审→驳回 重做"),
					dismissed.getHistory().stream().map(RestartPhase2UITest::step).toList());
			assertTrue(dismissed.getHistory().stream().allMatch(h -> REVIEWER.equals(h.getAuthor())));

			FindingRecord manual = records.get(expected.getProperty("manual"));
			assertTrue(manual.isManual());
			assertEquals(MANUAL, manual.getMessage());
			assertEquals(FindingStatus.CONFIRMED, manual.getStatus());

			Assignment unit = AssignUnitOperation.find(records, expected.getProperty("unit")).orElseThrow();
			assertEquals(UnitReviewStatus.IN_PROGRESS, unit.getStatus(), "已审 was undone in phase 1");
			assertEquals(REVIEWER, unit.getReviewer());
		}
		assertEquals(REVIEWER, ReviewerPreferences.reviewer(), "the preferences are kept in the workspace");
		assertEquals("en", ReviewerPreferences.store().getString(ReviewerPreferences.LANGUAGE));

		// the workbench opens where the reviewer left it: the explorer's selection and the document's editor
		ProvinceExplorerView explorer = (ProvinceExplorerView) page.findView(ProvinceExplorerView.ID);
		assertNotNull(explorer, "the explorer is open");
		waitUntil("the explorer's selection to be restored", () -> !explorer.selectedElements().isEmpty());
		assertEquals(expected.getProperty("document"), ((SubmissionEntry) explorer.selectedElements().get(0)).id());
		DisclosureEditor table = java.util.Arrays.stream(page.getEditorReferences()).map(r -> r.getEditor(true))
				.filter(DisclosureEditor.class::isInstance).map(DisclosureEditor.class::cast).findFirst().orElse(null);
		assertNotNull(table, "the disclosure editor is reopened");
		waitUntil("the open document to be restored", () -> table.getSubmission() != null
				&& table.getSubmission().getSource().getPath().equals(expected.getProperty("documentPath")));

		// phase 1 left only the path to the document open (left alone, the explorer opens every province)
		org.fiscallens.model.disclosure.Unit unit = RestartPhase1UITest.unit(reviews, expected.getProperty("unit"));
		assertTrue(explorer.getViewer().getExpandedState(unit), "the unit is expanded as it was left");
		org.fiscallens.model.disclosure.Region qinghai = reviews.workspace().province().getRegions().stream()
				.filter(r -> r.getName().equals("青海省")).findFirst().orElseThrow();
		assertTrue(!explorer.getViewer().getExpandedState(qinghai), "青海省 stays collapsed as it was left");
		Screenshots.save(window.getShell(), "restart-2-restored");

		explorer.getViewer().expandAll();
		String tree = labels(explorer.getViewer().getTree().getItems());
		assertTrue(tree.contains(expected.getProperty("unit")) && tree.contains("[审核中 · " + REVIEWER + "]"), tree);
		FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
		findings.setScope(explorer.selectedElements().get(0));
		String statuses = java.util.Arrays.stream(findings.getViewer().getTree().getItems()).map(i -> i.getText(1))
				.toList().toString();
		assertTrue(statuses.contains("驳回（单位已说明）") && statuses.contains("确认"), statuses);

		Screenshots.save(explorer.getViewer().getControl(), "restart-2-explorer");
		Screenshots.save(findings.getViewer().getControl(), "restart-2-findings");
		FindingDetailsView details = (FindingDetailsView) page.showView(FindingDetailsView.ID);
		page.activate(findings);
		findings.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
				reviews.records().get(expected.getProperty("dismissed"))), true);
		assertTrue(details.getText().contains("驳回 → 待审（单位已说明）") || details.getText().contains("撤销"),
				details.getText());
		Screenshots.save(details.getControl(), "restart-2-details");

		// the reviewer's rule folder (preferences, set in phase 1) is used now: re-checking the unit finds its rule
		explorer.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(unit), true);
		org.fiscallens.ui.wizards.RecheckJob recheck = explorer.recheckSelection();
		WorkbenchDriver.join(recheck);
		WorkbenchDriver.shell("用规则重新审核").close();
		assertEquals(1, recheck.merge().added(), recheck.merge().toString());
		FindingRecord own = ReviewRecords.open(reviews.workspace().directory()).findings().stream()
				.filter(f -> f.getRule().equals(RestartPhase1UITest.REVIEWERS_RULE)).findFirst().orElseThrow();
		assertEquals(expected.getProperty("unit"), own.getUnitName());
		assertEquals(243, own.getLocations().get(0).getLine(), "公开05 合计 of seed 001 is printed at line 243");
		assertEquals(FindingStatus.CONFIRMED, reviews.records().get(expected.getProperty("confirmed")).getStatus(),
				"the re-check kept the annotations");
		Screenshots.save(table.tablePages().get(0).natTable(), "restart-2-table");
		Screenshots.save(window.getShell(), "restart-2-window");
	}

	private static String step(HistoryEntry h) {
		return h.getFrom().getLiteral() + "→" + h.getTo().getLiteral() + " " + h.getComment();
	}
}
