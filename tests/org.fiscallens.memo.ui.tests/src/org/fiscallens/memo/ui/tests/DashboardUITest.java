package org.fiscallens.memo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.fiscallens.memo.MemoFormat;
import org.fiscallens.memo.facts.BarChart;
import org.fiscallens.memo.facts.Wording;
import org.fiscallens.memo.ui.DashboardAccess;
import org.fiscallens.memo.ui.DashboardView;
import org.fiscallens.memo.ui.ExportWizard;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.ui.ReviewPerspective;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.Screenshots;
import org.fiscallens.ui.views.FindingsView;
import org.junit.jupiter.api.Test;

/**
 * The review dashboard in the 审核 perspective on the seeds' review: its charts against the records, live as findings
 * are confirmed, a bar clicked into the findings view, and the export wizard writing a memo. Screenshots in
 * target/screenshots (memo-dashboard*.png).
 */
public class DashboardUITest {

	@Test
	public void dashboardChartsFollowTheReviewAndOpenTheirFindings() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReviewPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		window.getShell().setMaximized(true);
		assertNotNull(page.findViewReference(DashboardView.ID), "the dashboard is part of the 审核 perspective");
		Reviews reviews = waitForReview();

		// a review under way, made through the API: the first six real findings confirmed, the seventh dismissed
		ReviewRecords records = reviews.records();
		List<FindingRecord> real = records.findings().stream().filter(f -> !f.isRounding()).toList();
		for (FindingRecord f : real.subList(0, 6)) {
			records.setStatus(f, FindingStatus.CONFIRMED, DismissReason.NONE, null, "测试");
		}
		records.setStatus(real.get(6), FindingStatus.DISMISSED, DismissReason.FALSE_POSITIVE, null, "测试");

		DashboardView dashboard = (DashboardView) page.showView(DashboardView.ID);
		page.activate(dashboard);
		waitFor(400);
		assertCharts(dashboard, records);
		ImageData shot = Screenshots.save(window.getShell(), "memo-dashboard");
		assertTrue(Screenshots.darkPixels(shot) > 1000, "the window painted");

		// live: one more confirmation redraws the counts
		int confirmedBefore = dashboard.getSummary().progress().confirmed();
		records.setStatus(real.get(7), FindingStatus.CONFIRMED, DismissReason.NONE, null, "测试");
		waitFor(600);
		assertEquals(confirmedBefore + 1, dashboard.getSummary().progress().confirmed());
		assertCharts(dashboard, records);

		// a click on the first bar's first segment selects its findings and shows the findings view
		BarChart chart = dashboard.getSummary().categoryChart();
		String category = chart.categories().get(0);
		String series = chart.series().stream().filter(s -> chart.count(category, s) > 0).findFirst().orElseThrow();
		var canvas = DashboardAccess.categoryCanvas(dashboard);
		Point centre = DashboardAccess.centreOf(canvas, category, series);
		assertNotNull(centre, "the bar is drawn");
		Event click = new Event();
		click.x = centre.x;
		click.y = centre.y;
		click.button = 1;
		canvas.notifyListeners(SWT.MouseDown, click);
		canvas.notifyListeners(SWT.MouseUp, click);
		Screenshots.settle();
		IStructuredSelection selection = (IStructuredSelection) dashboard.getSite().getSelectionProvider().getSelection();
		assertEquals(chart.findings(category, series), selection.toList(), "the findings behind the bar");
		assertTrue(selection.toList().stream().allMatch(o -> o instanceof FindingRecord));
		assertTrue(page.isPartVisible(page.findView(FindingsView.ID)), "the findings view is shown");
		Screenshots.save(window.getShell(), "memo-dashboard-clicked");

		// the export wizard writes the province summary with its progress bar
		Path out = Files.createTempDirectory("memo-export");
		ExportWizard wizard = new ExportWizard(reviews, List.of());
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.page().choose(null, null, MemoFormat.DOCX, out);
		Screenshots.save(dialog.getShell(), "memo-export-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();
		assertEquals(1, wizard.written().size());
		assertTrue(Files.size(wizard.written().get(0)) > 10_000, "a Word document with its charts");
	}

	/** Chart data against counts taken from the records: confirmed and pending findings, rounding tails apart. */
	private static void assertCharts(DashboardView dashboard, ReviewRecords records) {
		Map<String, Integer> bySeverity = new HashMap<>();
		int counted = 0;
		for (FindingRecord f : records.findings()) {
			if (!f.isRounding() && (f.getStatus() == FindingStatus.OPEN || f.getStatus() == FindingStatus.CONFIRMED)) {
				bySeverity.merge(Wording.severity(f.getSeverity()), 1, Integer::sum);
				counted++;
			}
		}
		for (BarChart chart : List.of(dashboard.getSummary().categoryChart(), dashboard.getSummary().regionChart())) {
			assertEquals(counted, chart.total(), chart.title());
			Map<String, Integer> charted = new HashMap<>();
			for (String c : chart.categories()) {
				for (String s : chart.series()) {
					if (chart.count(c, s) > 0) {
						charted.merge(s, chart.count(c, s), Integer::sum);
					}
				}
			}
			assertEquals(bySeverity, charted, chart.title());
		}
	}

	private static Reviews waitForReview() throws InterruptedException {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + 180_000;
		while (ReviewSession.get().reviews() == null && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		assertNotNull(ReviewSession.get().reviews(), "the review opened: " + ReviewSession.get().problem());
		Screenshots.settle();
		return ReviewSession.get().reviews();
	}

	private static void waitFor(long millis) throws InterruptedException {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		Screenshots.settle();
	}
}
