package org.fiscallens.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
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

	/**
	 * {@code -Dfiscallens.screenshot=FILE.png}: saves the screen a few seconds after the window opened (smoke checks of
	 * the launched product under Xvfb); with {@code -Dfiscallens.exitAfterScreenshot=true} the workbench then closes.
	 */
	@Override
	public void postWindowOpen() {
		String target = System.getProperty("fiscallens.screenshot");
		if (target == null) {
			return;
		}
		Display display = getWindowConfigurer().getWindow().getShell().getDisplay();
		display.timerExec(Integer.getInteger("fiscallens.screenshot.delay", 3000), () -> {
			Rectangle screen = display.getBounds();
			Image image = new Image(display, screen.width, screen.height);
			GC gc = new GC(display);
			gc.copyArea(image, screen.x, screen.y);
			gc.dispose();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(target, SWT.IMAGE_PNG);
			image.dispose();
			if (Boolean.getBoolean("fiscallens.exitAfterScreenshot")) {
				PlatformUI.getWorkbench().close();
			}
		});
	}
}
