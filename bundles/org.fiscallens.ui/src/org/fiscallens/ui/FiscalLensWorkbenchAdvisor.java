package org.fiscallens.ui;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

public class FiscalLensWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		// the workbench reopens where the reviewer left it
		configurer.setSaveAndRestore(true);
	}

	@Override
	public void postStartup() {
		ReviewSession.get().open();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new FiscalLensWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ReviewPerspective.ID;
	}
}
