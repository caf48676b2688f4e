package org.fiscallens.rules.ui.editor;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.fiscallens.rules.ide.highlighting.RulesHighlightingStyles;

/** The colours of the rule editor: lexical categories, then the semantic styles of the IDE services. */
final class RuleColors {

	static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
	static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
	static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95));
	static final TextAttribute NUMBER = new TextAttribute(new Color(125, 60, 0));
	static final TextAttribute DEFAULT = new TextAttribute(null);

	private static final Map<String, TextAttribute> SEMANTIC = Map.of(
			RulesHighlightingStyles.TABLE, new TextAttribute(new Color(0, 118, 118), null, SWT.BOLD),
			RulesHighlightingStyles.COLUMN, new TextAttribute(new Color(0, 90, 170), null, SWT.ITALIC),
			RulesHighlightingStyles.FUNCTION, new TextAttribute(new Color(160, 90, 0)),
			RulesHighlightingStyles.DEFINITION, new TextAttribute(new Color(140, 0, 140), null, SWT.ITALIC),
			RulesHighlightingStyles.VARIABLE, new TextAttribute(new Color(0, 0, 192)));

	private RuleColors() {
	}

	/** The attribute of a semantic style id, or null for a style the editor does not colour. */
	static TextAttribute semantic(String style) {
		return SEMANTIC.get(style);
	}
}
