package org.fiscallens.ui.tests;

import static org.fiscallens.ui.tests.WorkbenchDriver.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.model.review.HistoryEntry;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.editor.TablePage;
import org.fiscallens.ui.views.FindingDetailsView;
import org.fiscallens.ui.views.FindingsView;
import org.fiscallens.ui.views.ProvinceExplorerView;
import org.junit.jupiter.api.Test;

/**
 * Edit › Undo/Redo of a comment and of a manual finding (the trail keeps both), and no edit while an import or a
 * re-check is changing the record.
 */
public class UndoRedoUITest {

	@Test
	public void commentsAndManualFindingsAreUndoneWithoutLosingTheTrail() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		IHandlerService handlers = window.getService(IHandlerService.class);
		Reviews reviews = review();
		FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
		FindingDetailsView details = (FindingDetailsView) page.showView(FindingDetailsView.ID);
		SubmissionEntry seed = reviews.workspace().entries().stream().filter(e -> e.sourcePath().contains("001_"))
				.findFirst().orElseThrow();
		findings.setScope(seed);
		@SuppressWarnings("unchecked")
		FindingRecord f = ((List<FindingRecord>) findings.getViewer().getInput()).get(0);
		page.activate(findings);
		findings.getViewer().setSelection(new StructuredSelection(f), true);

		details.addComment("先核对原始凭证");
		assertEquals(1, onDisk(reviews).get(f.getKey()).getComments().size());
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		FindingRecord undone = onDisk(reviews).get(f.getKey());
		assertTrue(undone.getComments().isEmpty(), "the comment was withdrawn");
		HistoryEntry withdrawal = undone.getHistory().get(undone.getHistory().size() - 1);
		assertEquals("撤销审核意见：先核对原始凭证", withdrawal.getComment(), "the trail keeps what was said");
		assertEquals(withdrawal.getFrom(), withdrawal.getTo(), "a withdrawn comment changes no status");
		assertTrue(details.getText().contains("撤销审核意见"), "the details view shows the record as it is now");
		handlers.executeCommand("org.eclipse.ui.edit.redo", null);
		assertEquals("先核对原始凭证", onDisk(reviews).get(f.getKey()).getComments().get(0).getText());

		ProvinceExplorerView explorer = (ProvinceExplorerView) page.showView(ProvinceExplorerView.ID);
		TablePage table = explorer.open(seed).showTable("公开05");
		assertNotNull(table);
		assertTrue(table.addManualFinding(0, table.grid().columnCount() - 1, "合计行未填列"));
		String manual = onDisk(reviews).findings().stream().filter(m -> m.isManual() && m.getMessage().equals("合计行未填列"))
				.findFirst().orElseThrow().getKey();
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		FindingRecord withdrawn = onDisk(reviews).get(manual);
		assertEquals(FindingStatus.DISMISSED, withdrawn.getStatus(), "a manual finding is withdrawn, never deleted");
		assertEquals(DismissReason.FALSE_POSITIVE, withdrawn.getDismissReason());
		handlers.executeCommand("org.eclipse.ui.edit.redo", null);
		FindingRecord back = onDisk(reviews).get(manual);
		assertEquals(FindingStatus.CONFIRMED, back.getStatus());
		assertEquals(3, back.getHistory().size(), "created, withdrawn, restored");

		// while an import or re-check changes the record, edits wait: the record is not shared between threads
		CountDownLatch release = new CountDownLatch(1);
		Job writer = new Job("stands for an import") {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				try {
					release.await(5, TimeUnit.MINUTES);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ReviewSession.WRITES;
			}
		};
		writer.setRule(ReviewSession.WRITES);
		writer.schedule();
		assertTrue(ReviewSession.get().busy());
		FindingStatus before = f.getStatus();
		findings.setStatus(List.of(f), FindingStatus.CONFIRMED, DismissReason.NONE);
		assertEquals(before, onDisk(reviews).get(f.getKey()).getStatus(), "refused while busy");
		release.countDown();
		WorkbenchDriver.join(writer);
		assertFalse(ReviewSession.get().busy());
		findings.setStatus(List.of(f), FindingStatus.CONFIRMED, DismissReason.NONE);
		assertEquals(FindingStatus.CONFIRMED, onDisk(reviews).get(f.getKey()).getStatus());
	}

	private static ReviewRecords onDisk(Reviews reviews) throws java.io.IOException {
		return ReviewRecords.open(reviews.workspace().directory());
	}
}
