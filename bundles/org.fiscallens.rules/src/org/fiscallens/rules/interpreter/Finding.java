package org.fiscallens.rules.interpreter;

import java.util.List;

import org.fiscallens.rules.rules.Severity;

/**
 * One inconsistency found by a rule in one document, explained: which rule, how severe, whether the difference is
 * only a rounding tail, the expected formula with its values, the actual value, the difference, the rule's rationale,
 * and the source location of every value compared.
 *
 * @param file       the document's path as given
 * @param expected   e.g. {@code 本年支出合计 = 452.64 + 6687.42 = 7140.06}
 * @param tolerance  the tolerance that was applied (0 for exact comparisons)
 */
public record Finding(String rule, String title, Severity severity, boolean rounding, String file, String message,
		String expected, String actual, String difference, String tolerance, String rationale,
		List<SourceRef> locations) {

	/** The smallest line among the locations, for sorting (0 when there is none). */
	public int firstLine() {
		int first = Integer.MAX_VALUE; // a loop, not a stream: findings are sorted by it, thousands per document
		for (SourceRef location : locations) {
			if (location.line() > 0 && location.line() < first) {
				first = location.line();
			}
		}
		return first == Integer.MAX_VALUE ? 0 : first;
	}
}
