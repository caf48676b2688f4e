package org.fiscallens.rules.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/** Keeps the editor's problem annotations equal to the last validation's errors and warnings. */
final class ProblemMarkers {

	private final IAnnotationModel model;
	private final List<Annotation> shown = new ArrayList<>();

	ProblemMarkers(IAnnotationModel model) {
		this.model = model;
	}

	void show(XtextResource resource, List<Issue> issues) {
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.ERROR || issue.getSeverity() == Severity.WARNING) {
				int offset = issue.getOffset() == null ? 0 : issue.getOffset();
				int length = issue.getLength() == null ? 0 : issue.getLength();
				added.put(new ProblemAnnotation(issue), new Position(offset, Math.max(length, 1)));
			}
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
		} else {
			shown.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
		shown.clear();
		shown.addAll(added.keySet());
	}
}
