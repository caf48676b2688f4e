package org.fiscallens.ui.views;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.review.FindingLocation;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.ReviewSession;

/** Opens a workspace document in the table view, at the cell a finding points at when there is one. */
final class DocumentOpener {

	private DocumentOpener() {
	}

	static DisclosureTableView open(IWorkbenchPage page, String submissionId) throws PartInitException {
		Reviews reviews = ReviewSession.get().reviews();
		if (reviews == null) {
			return null;
		}
		Submission document = reviews.workspace().load(submissionId);
		DisclosureTableView view = (DisclosureTableView) page.showView(DisclosureTableView.ID);
		view.show(document);
		return view;
	}

	static DisclosureTableView open(IWorkbenchPage page, SubmissionEntry entry) throws PartInitException {
		return open(page, entry.id());
	}

	/** The finding's document, showing the table and row of its first table location. */
	static DisclosureTableView open(IWorkbenchPage page, FindingRecord finding) throws PartInitException {
		DisclosureTableView view = open(page, finding.getSubmissionId());
		if (view != null) {
			for (FindingLocation l : finding.getLocations()) {
				if (l.getTable() != null && view.reveal(l.getTable(), l.getRow())) {
					break;
				}
			}
		}
		return view;
	}
}
