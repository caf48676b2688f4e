package org.fiscallens.rules.interpreter;

/**
 * A value that is not there: a table the document lacks, a row no label matches, an unreadable cell. A check that
 * meets one is not applicable, never an error; the reason says why.
 */
public record Missing(String reason) {

	@Override
	public String toString() {
		return "missing: " + reason;
	}
}
