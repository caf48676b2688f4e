package org.fiscallens.rules.interpreter;

import java.util.List;

/**
 * What one rule did on one document: its findings, whether it was not applicable (and why), how many comparisons it
 * evaluated, and the rule errors (mistakes in the rule itself) it ran into.
 */
public record RuleResult(List<Finding> findings, NotApplicable notApplicable, int comparisons, List<String> errors) {
}
