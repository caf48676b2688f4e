package org.fiscallens.rules.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** 格式化: lays out the active rule file like the standard library (see RulesFormatter). */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof RuleEditor editor) {
			editor.format();
		}
		return null;
	}
}
