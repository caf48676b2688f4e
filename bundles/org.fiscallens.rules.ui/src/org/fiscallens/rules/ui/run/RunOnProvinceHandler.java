package org.fiscallens.rules.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.rules.Severity;
import org.fiscallens.rules.ui.Messages;
import org.fiscallens.rules.ui.editor.RuleEditor;
import org.fiscallens.ui.ReviewSession;

/**
 * 在全省运行: runs the rules of the edited file (saved or not) over every current document of the open review, in the
 * background with progress, and lists their findings. Nothing is recorded: the author sees what the rule would find
 * on the whole province before it joins the library.
 */
public class RunOnProvinceHandler extends AbstractHandler {

	/** What one run found. */
	public record Result(int documents, int rules, List<Finding> findings, double seconds) {
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		run(page, EditedRules.editor(page), null);
		return null;
	}

	/**
	 * Starts the run and returns its job (null when there is nothing to run: the view says why); {@code whenDone} gets
	 * the result in the UI thread after the view shows it.
	 */
	public static Job run(IWorkbenchPage page, RuleEditor editor, Consumer<Result> whenDone) {
		FindingsView view = FindingsView.showIn(page);
		if (editor == null) {
			view.show(Messages.get("run.noEditor"), List.of());
			return null;
		}
		AuthoringRun.EditedLibrary loaded = AuthoringRun.load(editor.currentSource());
		if (loaded.editedRules().rules().isEmpty()) {
			view.show(Messages.format("run.noRules", AuthoringRun.problemsOf(loaded, editor.currentSource())), List.of());
			return null;
		}
		if (ReviewSession.get().reviews() == null) {
			view.show(Messages.get("run.noReview"), List.of());
			return null;
		}
		Job job = new ProvinceRun(loaded.editedRules(), result -> {
			if (!view.getViewer().getControl().isDisposed()) {
				view.show(Messages.format("run.provinceSummary", result.documents(), result.rules(),
						result.findings().size(), count(result, Severity.ERROR), count(result, Severity.WARNING),
						result.seconds()), result.findings());
			}
			if (whenDone != null) {
				whenDone.accept(result);
			}
		});
		view.show(Messages.get("run.provinceRunning"), List.of());
		job.schedule();
		return job;
	}

	private static long count(Result result, Severity severity) {
		return result.findings().stream().filter(f -> f.severity() == severity).count();
	}

	/** The run itself: waits for imports and re-checks to finish (it reads the documents they write). */
	private static final class ProvinceRun extends Job {

		private final RuleLibrary rules;
		private final Consumer<Result> whenDone;

		ProvinceRun(RuleLibrary rules, Consumer<Result> whenDone) {
			super(Messages.get("run.provinceJob"));
			this.rules = rules;
			this.whenDone = whenDone;
			setUser(true);
			setRule(ReviewSession.WRITES);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			Reviews reviews = ReviewSession.get().reviews();
			if (reviews == null) {
				return Status.CANCEL_STATUS;
			}
			long start = System.nanoTime();
			List<SubmissionEntry> documents = reviews.workspace().entries();
			SubMonitor progress = SubMonitor.convert(monitor, getName(), documents.size());
			List<Finding> findings = new ArrayList<>();
			try {
				reviews.check(documents, new CheckEngine(rules), (done, total, current) -> {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					progress.worked(1);
				}).values().forEach(findings::addAll);
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			findings.sort(CheckReport.READING_ORDER);
			Result result = new Result(documents.size(), rules.rules().size(), List.copyOf(findings),
					(System.nanoTime() - start) / 1e9);
			Display.getDefault().asyncExec(() -> whenDone.accept(result));
			return Status.OK_STATUS;
		}
	}
}
