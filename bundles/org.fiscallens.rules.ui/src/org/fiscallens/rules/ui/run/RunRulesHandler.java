package org.fiscallens.rules.ui.run;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.rules.rules.Severity;
import org.fiscallens.rules.ui.Messages;
import org.fiscallens.rules.ui.editor.RuleEditor;

/** 运行规则: runs the rules of the edited file on the current document (or the samples) and shows the findings. */
public class RunRulesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		BusyIndicator.showWhile(null, () -> run(page, EditedRules.editor(page)));
		return null;
	}

	/** Runs and shows; returns the report (null when there was nothing to run). */
	public static CheckReport run(IWorkbenchPage page, RuleEditor editor) {
		FindingsView view = FindingsView.showIn(page);
		if (editor == null) {
			view.show(Messages.get("run.noEditor"), List.of());
			return null;
		}
		RuleSource edited = editor.currentSource();
		AuthoringRun.EditedLibrary loaded = AuthoringRun.load(edited);
		if (loaded.editedRules().rules().isEmpty()) {
			view.show(Messages.format("run.noRules", AuthoringRun.problemsOf(loaded, edited)), List.of());
			return null;
		}
		List<Submission> documents = AuthoringRun.documents(page);
		if (documents.isEmpty()) {
			view.show(Messages.get("run.noDocuments"), List.of());
			return null;
		}
		CheckReport report = AuthoringRun.check(loaded, documents);
		view.show(Messages.format("run.summary", documents.size(), loaded.editedRules().rules().size(),
				report.findings().size(), report.count(Severity.ERROR), report.count(Severity.WARNING)),
				report.findings());
		return report;
	}
}
