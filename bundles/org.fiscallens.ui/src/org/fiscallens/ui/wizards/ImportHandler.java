package org.fiscallens.ui.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › 导入…: opens the {@link ImportWizard}. */
public class ImportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new WizardDialog(HandlerUtil.getActiveShell(event), new ImportWizard()).open();
		return null;
	}
}
