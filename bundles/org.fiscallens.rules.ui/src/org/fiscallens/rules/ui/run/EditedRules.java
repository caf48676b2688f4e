package org.fiscallens.rules.ui.run;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.fiscallens.rules.ui.editor.RuleEditor;

/** Which rule file the run commands mean: the active rule editor, else the first open one. */
final class EditedRules {

	private EditedRules() {
	}

	static RuleEditor editor(IWorkbenchPage page) {
		if (page.getActiveEditor() instanceof RuleEditor active) {
			return active;
		}
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof RuleEditor editor) {
				return editor;
			}
		}
		return null;
	}
}
