package org.fiscallens.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.review.SubmissionEntry;

/** 打开 (Open): the selected documents in their editors, or the selected finding's document at what it points at. */
public class OpenDisclosureHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			for (Object selected : HandlerUtil.getCurrentStructuredSelection(event)) {
				if (selected instanceof SubmissionEntry entry) {
					DisclosureEditor.open(page, entry);
				} else if (selected instanceof FindingRecord finding) {
					DisclosureEditor.open(page, finding);
					break; // one place to land on
				}
			}
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
