package org.fiscallens.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.fiscallens.model.disclosure.Diagnostic;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.review.ImportBatches;
import org.fiscallens.review.ImportSummary;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.rules.interpreter.Labels;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.ReviewSession;

/**
 * Imports files and folders into the open review and checks them with the rules, in the background with progress. It
 * works in batches, each imported, checked and saved as a whole, so cancelling stops between batches and keeps what
 * was done. Documents of earlier batches are checked again at the end, so cross-document rules see the whole import.
 * The outcome is an {@link ImportReport}, handed to {@code whenDone} in the UI thread.
 */
public class ImportJob extends Job {

	/**
	 * Documents per batch: each batch ends with a save of the whole record (tens of MB for a province), so not too
	 * small; a cancel waits for the batch under way (a few seconds), so not too big.
	 */
	public static final int BATCH = 200;

	private final List<Path> paths;
	private final int batchSize;
	private final Consumer<ImportReport> whenDone;
	private volatile ImportReport report;

	public ImportJob(List<Path> paths, Consumer<ImportReport> whenDone) {
		this(paths, BATCH, whenDone);
	}

	public ImportJob(List<Path> paths, int batchSize, Consumer<ImportReport> whenDone) {
		super(Messages.get("import.job"));
		this.paths = List.copyOf(paths);
		this.batchSize = batchSize;
		this.whenDone = whenDone;
		setUser(true);
		setRule(ReviewSession.WRITES);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ReviewSession.WRITES;
	}

	/** The report once the job ran. */
	public ImportReport report() {
		return report;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		return importNow(monitor).cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** Imports in the calling thread (what the job runs); the views are told in the UI thread afterwards. */
	public ImportReport importNow(IProgressMonitor monitor) {
		Reviews reviews = ReviewSession.get().reviews();
		if (reviews == null) {
			ImportReport none = new ImportReport();
			none.messages.add(Messages.get("explorer.loading"));
			return none;
		}
		ImportReport r = new ImportReport();
		try {
			importAll(reviews, r, monitor);
		} catch (IOException | RuntimeException e) {
			r.messages.add(Messages.format("import.failed", e.getMessage()));
			Platform.getLog(ImportJob.class).error("import failed", e);
		} finally {
			report = r;
			Display.getDefault().asyncExec(() -> {
				ReviewSession.get().changed();
				if (whenDone != null) {
					whenDone.accept(r);
				}
			});
		}
		return r;
	}

	private void importAll(Reviews reviews, ImportReport r, IProgressMonitor monitor) throws IOException {
		ImportBatches batches = ImportBatches.of(paths, batchSize);
		r.messages.addAll(batches.problems());
		r.failed += batches.problems().size();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.get("import.job"), batches.documents() * 2 + 1);
		Set<String> before = new HashSet<>();
		reviews.workspace().entries().forEach(e -> before.add(e.id()));
		// the batch each new document came in, and the last batch that brought a document of each unit
		Map<String, Integer> batchOf = new HashMap<>();
		Map<String, Integer> lastBatchOfUnit = new HashMap<>();
		for (int b = 0; b < batches.batches().size(); b++) {
			if (progress.isCanceled()) {
				r.cancelled = true;
				break;
			}
			List<Path> batch = batches.batches().get(b);
			ImportSummary s = reviews.importAndCheck(batch, (done, total, current) -> {
				progress.subTask(current.getFileName().toString());
				progress.worked(1);
			});
			r.imported += s.imported();
			r.replaced += s.replaced();
			r.failed += s.failed();
			r.messages.addAll(s.messages());
			for (SubmissionEntry e : reviews.workspace().entries()) {
				if (!before.contains(e.id()) && batchOf.putIfAbsent(e.id(), b) == null) {
					lastBatchOfUnit.put(Labels.normalize(e.unitName()), b);
				}
			}
		}
		// cross-document rules compare a unit's documents (budget with final accounts, year with year): a document
		// checked before a later batch brought another document of its unit is checked again
		List<SubmissionEntry> earlier = reviews.workspace().entries().stream().filter(e -> batchOf.containsKey(e.id()))
				.filter(e -> batchOf.get(e.id()) < lastBatchOfUnit.get(Labels.normalize(e.unitName()))).toList();
		if (!r.cancelled && !earlier.isEmpty()) {
			progress.setTaskName(Messages.get("recheck.job"));
			try {
				reviews.recheck(earlier, (done, total, current) -> {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					progress.worked(1);
				});
			} catch (OperationCanceledException e) {
				r.cancelled = true;
			}
		}
		List<SubmissionEntry> added = reviews.workspace().entries().stream().filter(e -> !before.contains(e.id())).toList();
		r.unchanged = Math.max(0, batches.documents() - r.imported - r.replaced - r.failed + batches.problems().size());
		for (SubmissionEntry e : added) {
			r.documents.add(describe(reviews, e));
		}
	}

	/** The document's diagnostics (every severity, with its line) and its findings by severity. */
	private static ImportReport.Document describe(Reviews reviews, SubmissionEntry e) {
		List<String> diagnostics = new ArrayList<>();
		if (e.diagnosticCount() > 0) {
			boolean wasLoaded = reviews.workspace().isLoaded(e.id());
			Submission s = reviews.workspace().load(e.id());
			for (Diagnostic d : s.getDiagnostics()) {
				diagnostics.add(e.sourcePath() + ":" + d.getLine() + ": " + d.getSeverity().getLiteral() + ": "
						+ d.getMessage());
			}
			if (!wasLoaded) {
				reviews.workspace().unload(e.id());
			}
		}
		Map<FindingSeverity, Integer> findings = new EnumMap<>(FindingSeverity.class);
		int rounding = 0;
		for (FindingRecord f : reviews.records().findingsOf(e.unitName(), e.year(), e.kind())) {
			if (f.isRounding()) {
				rounding++;
			} else {
				findings.merge(f.getSeverity(), 1, Integer::sum);
			}
		}
		return new ImportReport.Document(e.sourcePath(), e.unitName(), e.year(), e.kind().getLiteral(), diagnostics,
				findings, rounding);
	}
}
