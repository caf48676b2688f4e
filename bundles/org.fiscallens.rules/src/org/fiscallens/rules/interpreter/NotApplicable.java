package org.fiscallens.rules.interpreter;

/** A rule that could not be applied to a document, and why (never an error: the data is simply not there). */
public record NotApplicable(String rule, String file, String reason) {
}
