package org.fiscallens.engine;

import java.util.List;

import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.interpreter.NotApplicable;

/** The rules' verdict on one document. */
public record DocumentResult(Submission submission, List<Finding> findings, List<NotApplicable> notApplicable,
		int comparisons, List<String> ruleErrors) {
}
