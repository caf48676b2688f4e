package org.fiscallens.ui.wizards;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.fiscallens.model.disclosure.Region;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.views.ProvinceContentProvider;

/**
 * Runs the rules again on what is selected in the province explorer (documents, units, regions), in the background
 * with progress; cancelling keeps the documents checked so far. {@code whenDone} gets the merge in the UI thread.
 */
public class RecheckJob extends Job {

	private final List<Object> selection;
	private final Consumer<ReviewRecords.Merge> whenDone;
	private volatile ReviewRecords.Merge merge;

	public RecheckJob(List<?> selection, Consumer<ReviewRecords.Merge> whenDone) {
		super(Messages.get("recheck.job"));
		this.selection = List.copyOf(selection);
		this.whenDone = whenDone;
		setUser(true);
		setRule(ReviewSession.WRITES);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ReviewSession.WRITES;
	}

	public ReviewRecords.Merge merge() {
		return merge;
	}

	/** The current documents of the selected documents, units and regions (each once). */
	public static List<SubmissionEntry> documentsOf(List<?> selection, List<SubmissionEntry> entries) {
		Set<SubmissionEntry> chosen = new LinkedHashSet<>();
		for (Object o : selection) {
			if (o instanceof SubmissionEntry e) {
				chosen.add(e);
			} else if (o instanceof Unit u) {
				entries.stream().filter(e -> e.unitName().equals(u.getName())).forEach(chosen::add);
			} else if (o instanceof Region r) {
				Set<String> units = ProvinceContentProvider.unitNames(r);
				entries.stream().filter(e -> units.contains(e.unitName())).forEach(chosen::add);
			}
		}
		return List.copyOf(chosen);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Reviews reviews = ReviewSession.get().reviews();
		if (reviews == null) {
			return Status.error(Messages.get("explorer.loading"));
		}
		List<SubmissionEntry> documents = documentsOf(selection, reviews.workspace().entries());
		SubMonitor progress = SubMonitor.convert(monitor, getName(), documents.size());
		IStatus status = Status.OK_STATUS;
		try {
			merge = reviews.recheck(documents, (done, total, current) -> {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.subTask(current.getFileName().toString());
				progress.worked(1);
			});
		} catch (OperationCanceledException e) {
			status = Status.CANCEL_STATUS;
		} catch (IOException e) {
			status = Status.error(Messages.format("findings.saveFailed", e.getMessage()), e);
		} finally {
			Display.getDefault().asyncExec(() -> {
				ReviewSession.get().changed();
				if (whenDone != null && merge != null) {
					whenDone.accept(merge);
				}
			});
		}
		return status;
	}
}
