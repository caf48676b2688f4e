package org.fiscallens.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.rules.interpreter.DocumentSet;
import org.fiscallens.rules.interpreter.Labels;

/**
 * A review as the workbench and the command line run it: a workspace of documents, the rules that check them and the
 * reviewers' record. Importing checks every new or changed document with the rules and records the findings, so what a
 * reviewer sees is always the rules' verdict on the current version of each document.
 */
public final class Reviews implements AutoCloseable {

	private final ReviewWorkspace workspace;
	private final ReviewRecords records;
	private final CheckEngine engine;

	private Reviews(ReviewWorkspace workspace, ReviewRecords records, CheckEngine engine) {
		this.workspace = workspace;
		this.records = records;
		this.engine = engine;
	}

	/** Opens (or creates) the review in {@code directory}, checking with the standard rule library. */
	public static Reviews open(Path directory) throws IOException {
		return open(directory, RuleLibrary.standard());
	}

	public static Reviews open(Path directory, RuleLibrary rules) throws IOException {
		ReviewWorkspace workspace = ReviewWorkspace.open(directory);
		return new Reviews(workspace, ReviewRecords.open(directory), new CheckEngine(rules));
	}

	public ReviewWorkspace workspace() {
		return workspace;
	}

	public ReviewRecords records() {
		return records;
	}

	/** Imports documents, checks the new and changed ones, records their findings, and saves everything. */
	public ImportSummary importAndCheck(List<Path> paths, ImportListener listener) throws IOException {
		Set<String> before = new HashSet<>();
		workspace.entries().forEach(e -> before.add(e.id()));
		ImportSummary summary = workspace.importPaths(paths, listener);
		WorkspaceDocuments others = new WorkspaceDocuments();
		for (SubmissionEntry entry : workspace.entries()) {
			if (!before.contains(entry.id())) {
				Submission submission = workspace.load(entry.id());
				records.record(entry, engine.check(submission, others).findings());
				// keep memory bounded on a whole province: a document is reloaded (1–2 ms) when needed again
				workspace.unload(entry.id());
				others.unloadAll();
			}
		}
		workspace.save();
		records.save();
		return summary;
	}

	/**
	 * Checks documents of the workspace again with the rules (a reviewer's "re-check the selection", or after the
	 * rules changed) and records their findings like an import does. The listener may stop the run by throwing; the
	 * documents checked until then stay recorded, and the record is saved either way.
	 */
	public ReviewRecords.Merge recheck(List<SubmissionEntry> documents, ImportListener listener) throws IOException {
		WorkspaceDocuments others = new WorkspaceDocuments();
		int added = 0;
		int kept = 0;
		int corrected = 0;
		int dropped = 0;
		try {
			for (int i = 0; i < documents.size(); i++) {
				SubmissionEntry entry = documents.get(i);
				// a document the workbench shows stays loaded
				boolean wasLoaded = workspace.isLoaded(entry.id());
				ReviewRecords.Merge m = records.record(entry, engine.check(workspace.load(entry.id()), others).findings());
				added += m.added();
				kept += m.kept();
				corrected += m.corrected();
				dropped += m.dropped();
				if (!wasLoaded) {
					workspace.unload(entry.id());
				}
				others.unloadAll();
				listener.progress(i + 1, documents.size(), Path.of(entry.sourcePath()));
			}
		} finally {
			records.save();
		}
		return new ReviewRecords.Merge(added, kept, corrected, dropped);
	}

	/** The unresolved (待审 or 确认) findings of a unit's documents, by severity, rounding tails left out. */
	public Map<FindingSeverity, Integer> openFindings(String unitName) {
		Map<FindingSeverity, Integer> counts = new EnumMap<>(FindingSeverity.class);
		for (FindingRecord f : records.findings()) {
			if (f.getUnitName().equals(unitName) && !f.isRounding()
					&& (f.getStatus() == FindingStatus.OPEN || f.getStatus() == FindingStatus.CONFIRMED)) {
				counts.merge(f.getSeverity(), 1, Integer::sum);
			}
		}
		return counts;
	}

	@Override
	public void close() throws IOException {
		workspace.close();
	}

	/** The workspace's documents, loaded only when a cross-document rule asks for one. */
	private final class WorkspaceDocuments implements DocumentSet {

		private final Map<String, SubmissionEntry> byKey = new java.util.HashMap<>();
		private final Set<String> loaded = new HashSet<>();

		WorkspaceDocuments() {
			workspace.entries().forEach(e -> byKey.putIfAbsent(key(e.unitName(), e.year(), e.kind()), e));
		}

		private static String key(String unitName, int year, DisclosureKind kind) {
			return Labels.normalize(unitName) + "|" + year + "|" + kind;
		}

		@Override
		public Optional<Submission> find(String unitName, int year, DisclosureKind kind) {
			return Optional.ofNullable(byKey.get(key(unitName, year, kind))).map(e -> {
				if (!workspace.isLoaded(e.id())) {
					loaded.add(e.id()); // unload later only what this run loaded (not a document the workbench shows)
				}
				return workspace.load(e.id());
			});
		}

		void unloadAll() {
			loaded.forEach(workspace::unload);
			loaded.clear();
		}

		@Override
		public List<Submission> members(Submission department) {
			return List.of(); // member units are linked in the province model, not yet used by the rules here
		}

		@Override
		public Optional<Submission> department(Submission unit) {
			return Optional.empty();
		}
	}
}
