package org.fiscallens.ui.views;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.model.review.Assignment;
import org.fiscallens.model.review.UnitReviewStatus;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.operations.AssignUnitOperation;
import org.fiscallens.ui.operations.ReviewOperation;
import org.fiscallens.ui.preferences.ReviewerPreferences;
import org.fiscallens.ui.wizards.ImportWizard;
import org.fiscallens.ui.wizards.RecheckJob;

/**
 * The explorer's context menu: import, run the rules again on the selection, and for a unit its review status
 * (未审/审核中/已审) and who reviews it (the reviewer named in the preferences, or anyone).
 */
final class ExplorerActions {

	private ExplorerActions() {
	}

	static void fill(IMenuManager menu, ProvinceExplorerView explorer) {
		List<?> selection = explorer.selectedElements();
		menu.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(action(Messages.get("command.import"), () -> new WizardDialog(explorer.getSite().getShell(),
				new ImportWizard()).open()));
		Action recheck = action(Messages.get("recheck.action"), () -> recheck(explorer, selection));
		recheck.setEnabled(!selection.isEmpty() && ReviewSession.get().reviews() != null);
		menu.add(recheck);
		if (selection.size() == 1 && selection.get(0) instanceof Unit unit && ReviewSession.get().reviews() != null) {
			Assignment current = AssignUnitOperation.find(ReviewSession.get().reviews().records(), unit.getName())
					.orElse(null);
			String reviewer = current == null || current.getReviewer() == null ? ReviewerPreferences.reviewer()
					: current.getReviewer();
			UnitReviewStatus status = current == null ? UnitReviewStatus.NOT_STARTED : current.getStatus();
			menu.add(new Separator());
			MenuManager statusMenu = new MenuManager(Messages.get("unit.status"));
			for (UnitReviewStatus s : UnitReviewStatus.VALUES) {
				Action a = new Action(Messages.get("unitStatus." + s.getName()),
						org.eclipse.jface.action.IAction.AS_RADIO_BUTTON) {
					@Override
					public void run() {
						if (isChecked()) {
							setUnitStatus(unit.getName(), reviewer, s);
						}
					}
				};
				a.setChecked(s == status);
				statusMenu.add(a);
			}
			menu.add(statusMenu);
			menu.add(action(Messages.format("unit.assignToMe", ReviewerPreferences.reviewer()),
					() -> setUnitStatus(unit.getName(), ReviewerPreferences.reviewer(), status)));
			menu.add(action(Messages.get("unit.assignTo"), () -> {
				InputDialog ask = new InputDialog(explorer.getSite().getShell(), Messages.get("unit.assignTo"),
						Messages.format("unit.assignPrompt", unit.getName()), reviewer, null);
				if (ask.open() == Window.OK && !ask.getValue().isBlank()) {
					setUnitStatus(unit.getName(), ask.getValue().trim(), status);
				}
			}));
		}
	}

	/** Sets a unit's reviewer and review status (undoable, saved at once). */
	static void setUnitStatus(String unitName, String reviewer, UnitReviewStatus status) {
		ReviewOperation.run(new AssignUnitOperation(unitName, reviewer, status));
	}

	private static void recheck(ProvinceExplorerView explorer, List<?> selection) {
		startRecheck(explorer, selection);
	}

	static RecheckJob startRecheck(ProvinceExplorerView explorer, List<?> selection) {
		RecheckJob job = new RecheckJob(selection, merge -> {
			MessageDialog done = new MessageDialog(explorer.getSite().getShell(), Messages.get("recheck.job"), null,
					Messages.format("recheck.done", merge.added(), merge.kept(), merge.corrected(), merge.dropped()),
					MessageDialog.INFORMATION, 0, org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
			done.setBlockOnOpen(false); // the job is over: nothing waits for the reviewer to read it
			done.open();
		});
		job.schedule();
		return job;
	}

	private static Action action(String label, Runnable run) {
		return new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
