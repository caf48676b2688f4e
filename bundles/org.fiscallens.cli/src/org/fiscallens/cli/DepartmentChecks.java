package org.fiscallens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.DocumentResult;
import org.fiscallens.engine.SubmissionIndex;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.review.DepartmentMemberNames;
import org.fiscallens.rules.interpreter.DocumentSet;
import org.fiscallens.rules.interpreter.Labels;

/**
 * The department sums (部门 = Σ 所属单位) of a check: the streaming check sees one unit at a time, so each department's
 * documents are checked again afterwards, with the documents of the member units its 概况 names (as a review workspace
 * links them). A department is compared only with all of its members' documents of the same year and kind.
 */
final class DepartmentChecks {

	private final CheckEngine engine;
	private final Function<Path, Submission> importer;
	private final DepartmentMemberNames names = new DepartmentMemberNames();
	/** department (unit key) → the names of its member units */
	private final Map<String, List<String>> members = new LinkedHashMap<>();

	/** @param importer reads a file as the check did (with the path shown in the report) */
	DepartmentChecks(CheckEngine engine, Function<Path, Submission> importer) {
		this.engine = engine;
		this.importer = importer;
	}

	/** Called for every imported document with the file it came from: a department's names its members. */
	void imported(Submission submission, Path file) {
		if (submission.getScope() != Scope.DEPARTMENT || file == null) {
			return;
		}
		try {
			List<String> named = names.of(submission, Files.readAllBytes(file));
			if (!named.isEmpty()) {
				members.merge(Labels.normalize(submission.getUnitName()), named, (a, b) -> a.size() >= b.size() ? a : b);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The report with each department document's result replaced by a check that sees its members. */
	CheckReport withDepartments(CheckReport report, List<Path> files) {
		if (members.isEmpty()) {
			return report;
		}
		Map<String, List<Integer>> byUnit = new HashMap<>();
		for (int i = 0; i < report.documents().size(); i++) {
			byUnit.computeIfAbsent(Labels.normalize(report.documents().get(i).submission().getUnitName()),
					k -> new ArrayList<>()).add(i);
		}
		DocumentResult[] results = report.documents().toArray(DocumentResult[]::new);
		// departments are independent of each other (each result is a department's own document): on every core
		new ArrayList<>(members.entrySet()).parallelStream().forEach(department -> {
			List<Integer> own = byUnit.getOrDefault(department.getKey(), List.of());
			List<Submission> documents = new ArrayList<>();
			for (String member : department.getValue()) {
				for (int i : byUnit.getOrDefault(Labels.normalize(member), List.of())) {
					documents.add(importer.apply(files.get(i)));
				}
			}
			List<Submission> ownDocuments = own.stream().map(i -> importer.apply(files.get(i))).toList();
			documents.addAll(ownDocuments);
			DocumentSet others = new Members(new SubmissionIndex(documents), department.getValue());
			for (int k = 0; k < own.size(); k++) {
				DocumentResult checked = engine.check(ownDocuments.get(k), others);
				DocumentResult before = results[own.get(k)];
				results[own.get(k)] = new DocumentResult(before.submission(), checked.findings(),
						checked.notApplicable(), checked.comparisons(), checked.ruleErrors());
			}
		});
		return new CheckReport(List.of(results), report.libraryProblems());
	}

	/** The documents of a department's members (all of them or none), and the department's other years and kinds. */
	private record Members(SubmissionIndex index, List<String> names) implements DocumentSet {

		@Override
		public Optional<Submission> find(String unitName, int year, DisclosureKind kind) {
			return index.find(unitName, year, kind);
		}

		@Override
		public List<Submission> members(Submission department) {
			return DocumentSet.allMembers(names, name -> index.find(name, department.getYear(), department.getKind()));
		}

		@Override
		public Optional<Submission> department(Submission unit) {
			return Optional.empty();
		}
	}
}
