package org.fiscallens.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.review.store.DurableFiles;
import org.fiscallens.rules.interpreter.DocumentContexts;
import org.fiscallens.rules.interpreter.DocumentSet;
import org.fiscallens.rules.interpreter.Finding;
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

	/**
	 * The same workspace with a record of its own that reads no unit's file (finding counts come from the files'
	 * names): for a view to show the province while this review's whole record is being read on another thread. Only
	 * to read; not to be closed (it shares the workspace).
	 */
	public Reviews preview() throws IOException {
		return new Reviews(workspace, ReviewRecords.open(workspace.directory()), engine);
	}

	public ReviewWorkspace workspace() {
		return workspace;
	}

	public ReviewRecords records() {
		return records;
	}

	/**
	 * The documents an import saved in the workspace without their findings in the saved record (listed before each
	 * of its checkpoints, deleted when it is done): a crash leaves them to the next import, which checks them.
	 */
	public static final String UNCHECKED = "unchecked.txt";

	/**
	 * Imports documents, checks the new and changed ones, records their findings, and saves everything. Documents are
	 * checked while the import still holds them, a unit at a time on every core (see {@link ImportChecks}); a large
	 * import is saved every {@value #CHECKPOINT} documents (see {@link #checkpointEvery}), so memory stays bounded and
	 * a crash loses at most that many. What an earlier import that crashed left {@link #UNCHECKED} is checked too.
	 */
	public ImportSummary importAndCheck(List<Path> paths, ImportListener listener) throws IOException {
		ImportChecks checks = new ImportChecks();
		ImportSummary summary;
		try {
			summary = workspace.importPaths(paths, listener, checks);
			checks.finish();
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		// an older version made current again, a unit that came back after it was checked, a department, or what a
		// crashed import left unchecked: read and check
		List<SubmissionEntry> rest = workspace.entries().stream()
				.filter(e -> !checks.before.contains(e.id()) && !checks.recorded.contains(e.id())).toList();
		check(rest).forEach(records::record);
		workspace.save();
		records.save();
		durable.delete(unchecked());
		return summary;
	}

	private final DurableFiles durable = new DurableFiles(WriteStepListener.NONE);

	private Path unchecked() {
		return workspace.directory().resolve(UNCHECKED);
	}

	/**
	 * Checks and records what an import that crashed left {@link #UNCHECKED}, as the next import would: for whoever
	 * opens the workspace to read it (the workbench, a memo), so that no unit looks clean for want of a check.
	 *
	 * @return how many documents were checked (none when nothing was left)
	 */
	public int checkLeftUnchecked(ImportListener listener) throws IOException {
		Set<String> ids = readUnchecked();
		List<SubmissionEntry> left = workspace.entries().stream().filter(e -> ids.contains(e.id())).toList();
		if (!left.isEmpty()) {
			recheck(left, listener); // saves the record
		}
		durable.delete(unchecked());
		return left.size();
	}

	/** The ids listed in {@link #UNCHECKED}, none when there is no such file. */
	private Set<String> readUnchecked() throws IOException {
		Path file = unchecked();
		return Files.exists(file) ? new HashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : Set.of();
	}

	/** Documents checked together by {@link #recheck} before their findings are recorded and progress is reported. */
	private static final int RECHECK_BATCH = 64;

	/**
	 * Checks documents of the workspace again with the rules (a reviewer's "re-check the selection", or after the
	 * rules changed) and records their findings like an import does. Batches of whole units are checked on every core
	 * (see {@link #check(List)}); the listener may stop the run by throwing, between batches: the documents checked
	 * until then stay recorded, and the record is saved either way.
	 */
	public ReviewRecords.Merge recheck(List<SubmissionEntry> documents, ImportListener listener) throws IOException {
		Map<String, List<SubmissionEntry>> byUnit = new LinkedHashMap<>();
		documents.forEach(e -> byUnit.computeIfAbsent(unitKey(e.unitName()), k -> new ArrayList<>()).add(e));
		int added = 0;
		int kept = 0;
		int corrected = 0;
		int dropped = 0;
		int done = 0;
		List<SubmissionEntry> batch = new ArrayList<>();
		try {
			for (List<SubmissionEntry> unit : byUnit.values()) {
				batch.addAll(unit);
				if (batch.size() < RECHECK_BATCH && batch.size() + done < documents.size()) {
					continue;
				}
				for (Map.Entry<SubmissionEntry, List<Finding>> found : check(batch, engine, ImportListener.NONE).entrySet()) {
					ReviewRecords.Merge m = records.record(found.getKey(), found.getValue());
					added += m.added();
					kept += m.kept();
					corrected += m.corrected();
					dropped += m.dropped();
					listener.progress(++done, documents.size(), Path.of(found.getKey().sourcePath()));
				}
				batch.clear();
			}
		} finally {
			records.save();
		}
		return new ReviewRecords.Merge(added, kept, corrected, dropped);
	}

	/** Documents imported between two saves of a large import, by default. */
	public static final int CHECKPOINT = 2048;
	private int checkpoint = CHECKPOINT;

	/** Saves a large import every {@code documents} documents (instead of {@value #CHECKPOINT}). */
	public Reviews checkpointEvery(int documents) {
		if (documents < 1) {
			throw new IllegalArgumentException("checkpoint must be positive");
		}
		this.checkpoint = documents;
		return this;
	}

	/**
	 * Checks the documents of an import as they are stored, gathered by unit (the rules' look-ups across documents
	 * never leave a unit): a unit not seen for two chunks of files is checked on every core, its findings recorded,
	 * and its documents dropped from memory. Its other documents already in the workspace are read from their files.
	 * A unit that turns up again later, and every department, is checked (again) as a whole at the end.
	 */
	private final class ImportChecks implements DocumentImport.Sink {
		private final class Group {
			final Map<String, Submission> documents = new LinkedHashMap<>();
			final List<SubmissionEntry> entries = new ArrayList<>();
			int lastChunk;
		}

		final Set<String> before = new HashSet<>();
		final Set<String> recorded = new HashSet<>();
		/** Documents whose findings the saved record has (recorded before its last save). */
		private final Set<String> saved = new HashSet<>();

		private final Map<String, Group> open = new LinkedHashMap<>();
		private final Map<String, List<String>> checked = new HashMap<>();
		private int chunk;
		private int sinceCheckpoint;

		ImportChecks() throws IOException {
			workspace.entries().forEach(e -> before.add(e.id()));
			before.removeAll(readUnchecked()); // what a crashed import left: checked at the end of this one
		}

		@Override
		public void stored(SubmissionEntry entry, Submission submission) {
			String unit = unitKey(entry.unitName());
			List<String> earlier = checked.remove(unit);
			if (earlier != null) {
				earlier.forEach(recorded::remove); // recorded without this document: again at the end
				earlier.forEach(saved::remove);
			}
			Group group = open.computeIfAbsent(unit, u -> new Group());
			group.documents.put(entry.id(), submission);
			group.entries.add(entry);
			group.lastChunk = chunk;
			sinceCheckpoint++;
		}

		@Override
		public void chunkDone() {
			chunk++;
			Map<Boolean, List<Map.Entry<String, Group>>> idleDepartments = open.entrySet().stream()
					.filter(e -> e.getValue().lastChunk <= chunk - 2)
					.collect(Collectors.partitioningBy(e -> workspace.tree().isDepartment(e.getKey())));
			// a department is checked at the end of the import (the documents of its member units may come later),
			// read again from its files: held until then, a province's departments would fill the memory
			idleDepartments.get(true).forEach(e -> open.remove(e.getKey()));
			check(idleDepartments.get(false));
			if (sinceCheckpoint >= checkpoint) {
				sinceCheckpoint = 0;
				try {
					// listed first: whatever of the two saves a crash interrupts, each saved document is recorded or listed
					String unrecorded = workspace.entries().stream().map(SubmissionEntry::id)
							.filter(id -> !before.contains(id) && !saved.contains(id)).collect(Collectors.joining("\n"));
					durable.writeAtomically(unchecked(), unrecorded.getBytes(StandardCharsets.UTF_8), true);
					workspace.save();
					records.save();
					saved.addAll(recorded);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				records.forgetSaved();
			}
		}

		void finish() {
			check(List.copyOf(open.entrySet()));
		}

		/** Runs between chunks, while the import changes nothing: the workspace's look-ups serve every core. */
		private void check(List<Map.Entry<String, Group>> groups) {
			if (groups.isEmpty()) {
				return;
			}
			Map<String, List<Finding>> found = new ConcurrentHashMap<>();
			groups.parallelStream().forEach(g -> {
				UnitDocuments documents = new UnitDocuments(g.getKey());
				documents.read.putAll(g.getValue().documents);
				DocumentContexts contexts = new DocumentContexts(documents); // each document indexed once per unit
				for (SubmissionEntry e : g.getValue().entries) {
					found.put(e.id(), engine.check(contexts.of(g.getValue().documents.get(e.id()))).findings());
				}
			});
			for (Map.Entry<String, Group> g : groups) {
				for (SubmissionEntry e : g.getValue().entries) {
					if (workspace.isCurrent(e.id())) { // not replaced by a later file of this import
						records.record(e, found.get(e.id()));
						recorded.add(e.id());
					}
				}
				open.remove(g.getKey());
				checked.put(g.getKey(), g.getValue().entries.stream().map(SubmissionEntry::id).toList());
			}
		}
	}

	/**
	 * Checks documents of the workspace on every core, a unit at a time (the rules' look-ups across documents never
	 * leave a unit): each document is read from its file once per unit and dropped when the unit is done, so memory
	 * stays bounded on a whole province. The findings are in the order of {@code entries}.
	 */
	public Map<SubmissionEntry, List<Finding>> check(List<SubmissionEntry> entries) {
		return check(entries, engine);
	}

	/** {@link #check(List)} with other rules (e.g. one rule being edited), recording nothing. */
	public Map<SubmissionEntry, List<Finding>> check(List<SubmissionEntry> entries, CheckEngine rules) {
		return check(entries, rules, ImportListener.NONE);
	}

	/**
	 * {@link #check(List, CheckEngine)} telling {@code listener} of each document checked (one call at a time, from
	 * any thread); the listener may stop the run by throwing, and the exception reaches the caller.
	 */
	public Map<SubmissionEntry, List<Finding>> check(List<SubmissionEntry> entries, CheckEngine rules,
			ImportListener listener) {
		AtomicInteger done = new AtomicInteger();
		Map<String, List<SubmissionEntry>> byUnit = new LinkedHashMap<>();
		entries.forEach(e -> byUnit.computeIfAbsent(unitKey(e.unitName()), k -> new ArrayList<>()).add(e));
		Map<SubmissionEntry, List<Finding>> found = new ConcurrentHashMap<>();
		byUnit.entrySet().parallelStream().forEach(unit -> {
			UnitDocuments documents = new UnitDocuments(unit.getKey());
			DocumentContexts contexts = new DocumentContexts(documents);
			for (SubmissionEntry e : unit.getValue()) {
				// a document no rule applies to (an edited 决算 rule and a 预算) is not even read
				found.put(e, rules.appliesTo(e.kind()) ? rules.check(contexts.of(documents.read(e))).findings() : List.of());
				synchronized (listener) {
					listener.progress(done.incrementAndGet(), entries.size(), Path.of(e.sourcePath()));
				}
			}
		});
		Map<SubmissionEntry, List<Finding>> ordered = new LinkedHashMap<>();
		entries.forEach(e -> ordered.put(e, found.get(e)));
		return ordered;
	}

	private static String unitKey(String unitName) {
		return Labels.normalize(unitName);
	}

	/** The unresolved (待审 or 确认) findings of a unit's documents, by severity, rounding tails left out. */
	public Map<FindingSeverity, Integer> openFindings(String unitName) {
		return records.openFindings(unitName);
	}

	@Override
	public void close() throws IOException {
		workspace.close();
	}

	/**
	 * One unit's current documents, each read from its file when a rule first asks for it (one thread); for a
	 * department, also its member units' documents (the import links a department to the units its 概况 names). The
	 * workspace is looked up while nothing is imported (an import checks between its chunks of files).
	 */
	private final class UnitDocuments implements DocumentSet {

		private final Map<String, SubmissionEntry> byKey = new HashMap<>();
		private final Map<String, Submission> read = new HashMap<>();

		UnitDocuments(String unit) {
			workspace.unitEntries(unit).forEach(e -> byKey.putIfAbsent(key(e.unitName(), e.year(), e.kind()), e));
		}

		private static String key(String unitName, int year, DisclosureKind kind) {
			return unitKey(unitName) + "|" + year + "|" + kind;
		}

		Submission read(SubmissionEntry e) {
			return read.computeIfAbsent(e.id(), workspace::read);
		}

		@Override
		public Optional<Submission> find(String unitName, int year, DisclosureKind kind) {
			return Optional.ofNullable(byKey.get(key(unitName, year, kind))).map(this::read);
		}

		@Override
		public List<Submission> members(Submission department) {
			return DocumentSet.allMembers(workspace.tree().memberNames(department.getUnitName()),
					member -> Optional.ofNullable(entryOf(member, department.getYear(), department.getKind())).map(this::read));
		}

		@Override
		public Optional<Submission> department(Submission unit) {
			return workspace.tree().departmentOf(unit.getUnitName())
					.map(department -> entryOf(department, unit.getYear(), unit.getKind())).map(this::read);
		}

		private SubmissionEntry entryOf(String unitName, int year, DisclosureKind kind) {
			for (SubmissionEntry e : workspace.unitEntries(unitKey(unitName))) {
				if (e.year() == year && e.kind() == kind) {
					return e;
				}
			}
			return null;
		}
	}
}
