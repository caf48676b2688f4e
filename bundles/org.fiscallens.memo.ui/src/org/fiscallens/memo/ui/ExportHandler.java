package org.fiscallens.memo.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.review.Reviews;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.views.ProvinceExplorerView;

/** Opens the export wizard, with the units selected in the province explorer as the "selection" scope. */
public class ExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Reviews reviews = ReviewSession.get().reviews();
		if (reviews == null) {
			MessageDialog.openInformation(window.getShell(), MemoTexts.get("export.title"),
					MemoTexts.get("export.noReview"));
			return null;
		}
		new WizardDialog(window.getShell(), new ExportWizard(reviews, selectedUnits(window))).open();
		return null;
	}

	/** The units selected in the explorer (a unit, or a document of it). */
	static List<String> selectedUnits(IWorkbenchWindow window) {
		ISelection selection = window.getSelectionService().getSelection(ProvinceExplorerView.ID);
		List<String> units = new ArrayList<>();
		if (selection instanceof IStructuredSelection s) {
			for (Object o : s.toList()) {
				if (o instanceof Unit u && !units.contains(u.getName())) {
					units.add(u.getName());
				}
			}
		}
		return units;
	}
}
