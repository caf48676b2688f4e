package org.fiscallens.ui.preferences;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;

/** Window › 首选项: the preference dialog, opened on the FiscalLens page. */
public class PreferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		PreferencesUtil.createPreferenceDialogOn(HandlerUtil.getActiveShell(event), ReviewerPreferencePage.ID, null,
				null).open();
		return null;
	}
}
