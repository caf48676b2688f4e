package org.fiscallens.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.interpreter.NotApplicable;
import org.fiscallens.rules.rules.Severity;

/** The outcome of checking a set of documents with a rule library. */
public record CheckReport(List<DocumentResult> documents, List<RuleLibrary.Problem> libraryProblems) {

	/** Orders findings as a reviewer reads them: by file, then line, then rule. */
	public static final Comparator<Finding> READING_ORDER = Comparator.comparing(Finding::file)
			.thenComparingInt(Finding::firstLine).thenComparing(Finding::rule);

	public List<Finding> findings() {
		List<Finding> all = new ArrayList<>();
		documents.forEach(d -> all.addAll(d.findings()));
		all.sort(READING_ORDER);
		return all;
	}

	public List<NotApplicable> notApplicable() {
		List<NotApplicable> all = new ArrayList<>();
		documents.forEach(d -> all.addAll(d.notApplicable()));
		return all;
	}

	public List<String> ruleErrors() {
		List<String> all = new ArrayList<>();
		documents.forEach(d -> d.ruleErrors().forEach(e -> {
			if (!all.contains(e)) {
				all.add(e);
			}
		}));
		return all;
	}

	public long count(Severity severity) {
		return documents.stream().flatMap(d -> d.findings().stream()).filter(f -> f.severity() == severity).count();
	}

	public boolean hasErrors() {
		return count(Severity.ERROR) > 0;
	}
}
