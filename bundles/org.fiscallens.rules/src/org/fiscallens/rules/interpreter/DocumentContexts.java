package org.fiscallens.rules.interpreter;

import java.util.IdentityHashMap;
import java.util.Map;

import org.fiscallens.model.disclosure.Submission;

/**
 * The contexts of the documents of one set, made once each: a thread that checks a unit's documents one after the
 * other (2024 reaching back to 2023, the final accounts to the budget) indexes each document once, not once for every
 * document that refers to it. Not thread-safe: one per thread.
 */
public final class DocumentContexts {

	private final DocumentSet others;
	private final Map<Submission, DocumentContext> contexts = new IdentityHashMap<>();

	/** @param others the set the documents' rules look up other documents in */
	public DocumentContexts(DocumentSet others) {
		this.others = others;
	}

	public DocumentSet others() {
		return others;
	}

	void adopt(DocumentContext context) {
		contexts.putIfAbsent(context.submission(), context);
	}

	/** The context of a document (of this set, or reached from one). */
	public DocumentContext of(Submission submission) {
		return contexts.computeIfAbsent(submission, s -> new DocumentContext(s, this));
	}
}
