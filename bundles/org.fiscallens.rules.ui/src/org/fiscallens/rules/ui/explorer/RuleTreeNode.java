package org.fiscallens.rules.ui.explorer;

import java.util.List;

import org.fiscallens.rules.ui.editor.RuleEditorInput;

/** A node of the rule explorer: a library (standard or the user's), a folder in it, or a rule file. */
public sealed interface RuleTreeNode {

	String label();

	List<RuleTreeNode> children();

	record Library(String label, List<RuleTreeNode> children) implements RuleTreeNode {
	}

	record Folder(String label, List<RuleTreeNode> children) implements RuleTreeNode {
	}

	record File(String label, RuleEditorInput input) implements RuleTreeNode {
		@Override
		public List<RuleTreeNode> children() {
			return List.of();
		}
	}
}
