package org.fiscallens.ui.operations;

import java.io.IOException;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.PlatformUI;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.preferences.ReviewerPreferences;

/**
 * An annotation edit (status, comment, manual finding, assignment) on the workbench's operation history, so Edit ›
 * 撤销/重做 (Ctrl+Z / Ctrl+Y) take it back and forth. Undo never erases the audit trail: it is a new change, recorded
 * in the findings' history like any other. Every step is saved to the review record at once (atomically) and the
 * views are told. Findings are found again by key, so an operation survives the record being re-read.
 */
public abstract class ReviewOperation extends AbstractOperation {

	/** The history comment of a change made by undo. */
	protected static final String UNDONE = "撤销";
	/** The history comment of a change made by redo. */
	protected static final String REDONE = "重做";

	protected ReviewOperation(String label) {
		super(label);
		addContext(undoContext());
	}

	/** Runs an edit through the workbench's history (so it can be undone); false (and logged) when it failed. */
	public static IStatus run(ReviewOperation operation) {
		try {
			return history().execute(operation, null, null);
		} catch (ExecutionException e) {
			return Status.error(e.getMessage(), e);
		}
	}

	public static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	public static IUndoContext undoContext() {
		return PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
	}

	/** The first change. */
	protected abstract void apply(ReviewRecords records, String who);

	/** Takes the change back (as a new change in the record's history). */
	protected abstract void revert(ReviewRecords records, String who);

	/** Makes the change again after an undo; by default the same as the first time. */
	protected void reapply(ReviewRecords records, String who) {
		apply(records, who);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		return step(0);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		return step(1);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return step(2);
	}

	private IStatus step(int which) {
		Reviews reviews = ReviewSession.get().reviews();
		if (reviews == null) {
			return Status.error(Messages.get("explorer.loading"));
		}
		if (ReviewSession.get().busy()) {
			return Status.error(Messages.get("op.busy"));
		}
		ReviewRecords records = reviews.records();
		String who = ReviewerPreferences.reviewer();
		switch (which) {
			case 0 -> apply(records, who);
			case 1 -> revert(records, who);
			default -> reapply(records, who);
		}
		try {
			records.save();
		} catch (IOException e) {
			return Status.error(Messages.format("findings.saveFailed", e.getMessage()), e);
		} finally {
			ReviewSession.get().changed();
		}
		return Status.OK_STATUS;
	}
}
