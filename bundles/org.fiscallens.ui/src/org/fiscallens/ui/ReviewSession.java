package org.fiscallens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ImportSummary;
import org.fiscallens.review.Reviews;

/**
 * The review the workbench shows: a workspace folder ({@code -Dfiscallens.workspace}, else {@code review/} in the
 * workbench's instance location). The first time it is empty the bundled sample province ({@code fiscallens.samples})
 * is imported and checked, in a background job with progress, so the workbench opens on a real province.
 */
public final class ReviewSession {

	private static final ReviewSession INSTANCE = new ReviewSession();

	/**
	 * The rule (and job family) of background jobs that change the review (import, re-check): they run one at a time,
	 * and annotation edits wait until none runs, because the review record is not shared between threads.
	 */
	public static final ISchedulingRule WRITES = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private volatile Reviews reviews;
	/** While the whole record is being read: the same workspace, with finding counts from the record's file names. */
	private volatile Reviews preview;
	private volatile String problem;

	private ReviewSession() {
	}

	public static ReviewSession get() {
		return INSTANCE;
	}

	/** The open review, or null while it is being opened (or when it could not be). */
	public Reviews reviews() {
		return reviews;
	}

	/**
	 * What the province explorer shows: the open review, or while its record is still being read (seconds on a large
	 * province) a read-only view of the same workspace counting each unit's findings from its record file's name.
	 */
	public Reviews browsable() {
		Reviews open = reviews;
		return open != null ? open : preview;
	}

	/** Why the review could not be opened, or null. */
	public String problem() {
		return problem;
	}

	/** What a view shows while there is no open review: that it is being opened, or why it could not be. */
	public String notOpenText() {
		String why = problem;
		return why == null ? Messages.get("explorer.loading") : Messages.format("session.failed", why);
	}

	/** Called in the UI thread whenever the review was opened or changed. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Tells the views that the review changed (call in the UI thread). */
	public void changed() {
		listeners.forEach(Runnable::run);
	}

	/** True while an import or re-check runs (or waits to run). */
	public boolean busy() {
		return Job.getJobManager().find(WRITES).length > 0;
	}

	/** Opens the review in a background job (once). */
	public synchronized Job open() {
		Job job = Job.create(Messages.get("session.opening"), this::openNow);
		job.setUser(false);
		job.schedule();
		return job;
	}

	private IStatus openNow(IProgressMonitor monitor) {
		try {
			Path folder = folder();
			// the standard rules plus the reviewer's own rule folders (preferences)
			List<org.fiscallens.engine.RuleSource> extra = new java.util.ArrayList<>();
			for (Path rules : org.fiscallens.ui.preferences.ReviewerPreferences.ruleFolders()) {
				extra.addAll(org.fiscallens.engine.RuleSource.allIn(rules, rules.toString()));
			}
			org.fiscallens.engine.RuleLibrary rules = org.fiscallens.engine.RuleLibrary.standard(extra);
			// a broken rule file of the reviewer's does not stop the review; it is named (file:line) in the log
			rules.problems().forEach(p -> Platform.getLog(ReviewSession.class).warn(p.toString()));
			Reviews opened = Reviews.open(folder, rules);
			// an import that crashed may have saved documents before their findings: checked before anything is shown
			int left = opened.checkLeftUnchecked(ImportListener.NONE);
			if (left > 0) {
				Platform.getLog(ReviewSession.class)
						.info("checked " + left + " documents an interrupted import left unchecked");
			}
			String samples = System.getProperty("fiscallens.samples");
			if (opened.workspace().entries().isEmpty() && samples != null && Files.isDirectory(Path.of(samples))) {
				monitor.beginTask(Messages.get("session.importingSamples"), 100);
				ImportSummary summary = opened.importAndCheck(List.of(Path.of(samples)), (done, total, current) -> {
					monitor.subTask(current.getFileName().toString());
					monitor.worked(total == 0 ? 0 : 100 * done / total - 100 * (done - 1) / total);
				});
				Platform.getLog(ReviewSession.class).info("imported the sample province: " + summary);
			}
			// the explorer can show the province already; the findings view and the dashboard start on the whole
			// province: every unit's record is read here, in the background, rather than in the UI thread when they
			// first refresh (seconds on a large province)
			preview = opened.preview();
			Display.getDefault().asyncExec(this::changed);
			opened.records().findings();
			reviews = opened;
			preview = null;
			problem = null;
		} catch (IOException | RuntimeException e) {
			problem = e.getMessage() == null ? e.toString() : e.getMessage();
			Platform.getLog(ReviewSession.class).error("cannot open the review workspace", e);
		} finally {
			monitor.done();
			Display.getDefault().asyncExec(this::changed);
		}
		return Status.OK_STATUS;
	}

	private static Path folder() throws IOException {
		String configured = System.getProperty("fiscallens.workspace");
		if (configured != null) {
			return Path.of(configured);
		}
		try {
			return Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve("review");
		} catch (java.net.URISyntaxException | IllegalStateException e) {
			throw new IOException("no workspace location: " + e.getMessage(), e);
		}
	}
}
