package org.fiscallens.ui.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.review.SubmissionEntry;

/**
 * Recreates the input of a disclosure editor saved with the workbench. The whole index entry is saved, so the editor
 * can be named at start-up before the review workspace has opened (it builds its pages when it has).
 */
public final class DisclosureInputFactory implements IElementFactory {

	public static final String ID = "org.fiscallens.ui.editor.inputFactory";

	static void save(SubmissionEntry e, IMemento m) {
		m.putString("id", e.id());
		m.putString("unit", e.unitName());
		m.putString("region", e.regionPath());
		m.putInteger("year", e.year());
		m.putString("kind", e.kind().getName());
		m.putString("scope", e.scope() == null ? null : e.scope().getName());
		m.putString("source", e.sourcePath());
		m.putString("sha256", e.sha256());
		m.putInteger("tables", e.tableCount());
		m.putInteger("diagnostics", e.diagnosticCount());
	}

	@Override
	public IAdaptable createElement(IMemento m) {
		String id = m.getString("id");
		DisclosureKind kind = m.getString("kind") == null ? null : DisclosureKind.getByName(m.getString("kind"));
		Scope scope = m.getString("scope") == null ? null : Scope.getByName(m.getString("scope"));
		if (id == null || kind == null) {
			return null; // saved by another version: the editor is not reopened
		}
		return new DisclosureEditorInput(new SubmissionEntry(id, m.getString("unit"), m.getString("region"),
				intOf(m, "year"), kind, scope, m.getString("source"), m.getString("sha256"), intOf(m, "tables"),
				intOf(m, "diagnostics")));
	}

	private static int intOf(IMemento m, String key) {
		Integer value = m.getInteger(key);
		return value == null ? 0 : value;
	}
}
