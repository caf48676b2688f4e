package org.fiscallens.rules.interpreter;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A mistake in a rule that only shows when it runs (e.g. adding a row to a text). Reported to the rule author with the
 * rule file line; it stops that rule on that document, never the others.
 */
public class RuleError extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final transient EObject where;

	public RuleError(String message, EObject where) {
		super(message);
		this.where = where;
	}

	/** The 1-based line of the offending expression in its rule file, or 0. */
	public int line() {
		ICompositeNode node = where == null ? null : NodeModelUtils.findActualNodeFor(where);
		return node == null ? 0 : node.getStartLine();
	}

	public String location() {
		String file = where == null || where.eResource() == null ? "?" : where.eResource().getURI().lastSegment();
		return file + ":" + line();
	}
}
