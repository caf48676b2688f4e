package org.fiscallens.ui;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

public class FiscalLensWindowAdvisor extends WorkbenchWindowAdvisor {

	public FiscalLensWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1400, 900));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle(Messages.get("window.title"));
	}

	/** The table view became the disclosure editor: layouts saved by earlier versions may still show it. */
	private void dropRetiredViews() {
		org.eclipse.ui.IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
		org.eclipse.ui.IViewReference retired = page == null ? null
				: page.findViewReference("org.fiscallens.ui.views.disclosureTable");
		if (retired != null) {
			page.hideView(retired);
		}
	}

	/**
	 * {@code -Dfiscallens.screenshot=FILE.png}: saves the screen a few seconds after the window opened (smoke checks of
	 * the launched product under Xvfb); with {@code -Dfiscallens.exitAfterScreenshot=true} the workbench then closes.
	 */
	@Override
	public void postWindowOpen() {
		dropRetiredViews();
		String target = System.getProperty("fiscallens.screenshot");
		if (target == null) {
			return;
		}
		Display display = getWindowConfigurer().getWindow().getShell().getDisplay();
		display.timerExec(Integer.getInteger("fiscallens.screenshot.delay", 3000), () -> {
			try {
				Screenshots.saveScreen(display, java.nio.file.Path.of(target));
			} catch (java.io.IOException e) {
				org.eclipse.core.runtime.Platform.getLog(FiscalLensWindowAdvisor.class).error("screenshot failed", e);
			}
			if (Boolean.getBoolean("fiscallens.exitAfterScreenshot")) {
				PlatformUI.getWorkbench().close();
			}
		});
	}
}
