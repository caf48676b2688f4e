package org.fiscallens.rules.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Parses and validates the edited text as the author types: a short pause after the last keystroke, the text is
 * re-parsed in its library's resource set and validated by the language's validator; listeners (problem markers,
 * semantic highlighting, outline) then get the resource and the issues. Runs in the UI thread: rule files are small.
 */
public final class RuleReconciler implements IDocumentListener {

	static final int DELAY_MILLIS = 300;

	private final XtextResource resource;
	private final List<BiConsumer<XtextResource, List<Issue>>> listeners = new ArrayList<>();
	private final Runnable scheduled = this::reconcile;
	private IDocument document;
	private String parsedText;
	private List<Issue> issues = List.of();

	RuleReconciler(XtextResource resource) {
		this.resource = resource;
	}

	void install(IDocument edited) {
		this.document = edited;
		edited.addDocumentListener(this);
		reconcile();
	}

	void uninstall() {
		if (document != null) {
			document.removeDocumentListener(this);
		}
		Display.getDefault().timerExec(-1, scheduled);
	}

	void addListener(BiConsumer<XtextResource, List<Issue>> listener) {
		listeners.add(listener);
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// only the text after the change matters
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		Display.getDefault().timerExec(DELAY_MILLIS, scheduled);
	}

	/** The resource parsed from the current text (re-parsed first if the text changed since). */
	public XtextResource parsed() {
		String text = document.get();
		if (!text.equals(parsedText)) {
			reparse(text);
		}
		return resource;
	}

	private void reparse(String text) {
		try {
			resource.reparse(text);
		} catch (IOException e) {
			throw new UncheckedIOException("re-parsing text in memory cannot fail to read", e);
		}
		parsedText = text;
	}

	/** Parses and validates now, and tells the listeners. */
	public void reconcile() {
		if (document == null) {
			return;
		}
		Display.getDefault().timerExec(-1, scheduled);
		parsed();
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		listeners.forEach(l -> l.accept(resource, issues));
	}

	/** The issues of the last validation. */
	public List<Issue> issues() {
		return issues;
	}
}
