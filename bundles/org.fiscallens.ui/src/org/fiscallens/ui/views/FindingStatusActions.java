package org.fiscallens.ui.views;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.operations.ReviewOperation;
import org.fiscallens.ui.operations.SetStatusOperation;

/** What a reviewer decides on findings, wherever they are listed: confirm, dismiss with a reason, reopen. */
public final class FindingStatusActions {

	private FindingStatusActions() {
	}

	/**
	 * Changes the status of findings as one undoable edit (Edit › 撤销), saved at once with the change in each
	 * finding's history; the review's change notice repaints every list and editor.
	 */
	public static IStatus apply(List<FindingRecord> findings, FindingStatus to, DismissReason reason) {
		if (ReviewSession.get().reviews() == null || findings.isEmpty()) {
			return Status.OK_STATUS;
		}
		return ReviewOperation.run(new SetStatusOperation(findings, to, reason));
	}

	/** Adds the status changes to a context menu; they act on the findings selected when chosen. */
	public static void fill(IMenuManager menu, Supplier<List<FindingRecord>> selected, Consumer<IStatus> problem) {
		menu.add(action("findings.confirm", FindingStatus.CONFIRMED, DismissReason.NONE, selected, problem));
		menu.add(new Separator());
		for (DismissReason reason : List.of(DismissReason.FALSE_POSITIVE, DismissReason.ROUNDING,
				DismissReason.EXPLAINED_BY_UNIT)) {
			menu.add(action("findings.dismiss." + reason.getName().toLowerCase(), FindingStatus.DISMISSED, reason,
					selected, problem));
		}
		menu.add(new Separator());
		menu.add(action("findings.reopen", FindingStatus.OPEN, DismissReason.NONE, selected, problem));
	}

	private static Action action(String label, FindingStatus to, DismissReason reason,
			Supplier<List<FindingRecord>> selected, Consumer<IStatus> problem) {
		return new Action(Messages.get(label)) {
			@Override
			public void run() {
				IStatus saved = apply(selected.get(), to, reason);
				if (!saved.isOK()) {
					problem.accept(saved);
				}
			}
		};
	}
}
