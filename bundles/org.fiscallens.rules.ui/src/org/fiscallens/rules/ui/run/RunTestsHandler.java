package org.fiscallens.rules.ui.run;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.fiscallens.engine.RuleTestRunner;
import org.fiscallens.rules.ui.editor.RuleEditor;

/** 运行测试: runs the test blocks of the edited file (saved or not) and shows pass/fail per case. */
public class RunTestsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		BusyIndicator.showWhile(null, () -> run(page, EditedRules.editor(page)));
		return null;
	}

	public static List<RuleTestRunner.Outcome> run(IWorkbenchPage page, RuleEditor editor) {
		List<RuleTestRunner.Outcome> outcomes = editor == null ? List.of()
				: AuthoringRun.test(AuthoringRun.load(editor.currentSource()));
		try {
			((RuleTestResultsView) page.showView(RuleTestResultsView.ID, null, IWorkbenchPage.VIEW_VISIBLE))
					.show(outcomes);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
		return outcomes;
	}
}
