package org.fiscallens.rules.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** A problem the parser or the validator found, shown as a squiggle, a ruler icon and hover text. */
public final class ProblemAnnotation extends Annotation {

	public static final String ERROR = "org.fiscallens.rules.ui.error";
	public static final String WARNING = "org.fiscallens.rules.ui.warning";

	private final boolean error;

	public ProblemAnnotation(Issue issue) {
		super(issue.getSeverity() == Severity.ERROR ? ERROR : WARNING, false, issue.getMessage());
		this.error = issue.getSeverity() == Severity.ERROR;
	}

	public boolean isError() {
		return error;
	}
}
