package org.fiscallens.engine;

import java.util.ArrayList;
import java.util.List;

import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.rules.interpreter.DocumentContext;
import org.fiscallens.rules.interpreter.DocumentContexts;
import org.fiscallens.rules.interpreter.DocumentSet;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.interpreter.NotApplicable;
import org.fiscallens.rules.interpreter.RuleResult;
import org.fiscallens.rules.interpreter.RuleRunner;
import org.fiscallens.rules.rules.Rule;

/**
 * Runs a rule library over documents, in parallel across documents (each document is checked by one thread; the
 * parsed rules are shared read-only).
 */
public final class CheckEngine {

	private final RuleLibrary library;
	private final RuleRunner runner;

	public CheckEngine(RuleLibrary library) {
		this.library = library;
		this.runner = new RuleRunner(library.definitions());
	}

	public RuleLibrary library() {
		return library;
	}

	/** Whether a rule of the library can apply to documents of this kind: those of other kinds need not be read. */
	public boolean appliesTo(DisclosureKind kind) {
		for (Rule rule : library.rules()) {
			switch (rule.getKind()) {
			case FINAL:
				if (kind == DisclosureKind.FINAL) {
					return true;
				}
				break;
			case BUDGET:
				if (kind == DisclosureKind.BUDGET) {
					return true;
				}
				break;
			default:
				return true;
			}
		}
		return false;
	}

	/** Checks the documents; cross-document rules see the documents of {@code others} (often the same set). */
	public CheckReport check(List<Submission> submissions, DocumentSet others) {
		List<DocumentResult> results = submissions.parallelStream().map(s -> check(s, others)).toList();
		return new CheckReport(results, library.problems());
	}

	/** Checks the documents against each other (previous years, budgets, departments among them). */
	public CheckReport check(List<Submission> submissions) {
		return check(submissions, new SubmissionIndex(submissions));
	}

	public DocumentResult check(Submission submission, DocumentSet others) {
		return check(new DocumentContext(submission, others));
	}

	/** Checks a document in its context (see {@link DocumentContexts} for checking several of one set in turn). */
	public DocumentResult check(DocumentContext context) {
		Submission submission = context.submission();
		List<Finding> findings = new ArrayList<>();
		List<NotApplicable> notApplicable = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		int comparisons = 0;
		for (Rule rule : library.rules()) {
			RuleResult result = runner.run(rule, context);
			findings.addAll(result.findings());
			if (result.notApplicable() != null) {
				notApplicable.add(result.notApplicable());
			}
			errors.addAll(result.errors());
			comparisons += result.comparisons();
		}
		findings.sort(CheckReport.READING_ORDER);
		return new DocumentResult(submission, findings, notApplicable, comparisons, errors);
	}
}
