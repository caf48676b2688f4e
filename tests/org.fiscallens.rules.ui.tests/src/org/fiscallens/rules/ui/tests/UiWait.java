package org.fiscallens.rules.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Waits in the UI thread, dispatching its events, until a condition holds. */
final class UiWait {

	private UiWait() {
	}

	static void until(BooleanSupplier condition, String what, long timeoutMillis) throws InterruptedException {
		long end = System.currentTimeMillis() + timeoutMillis;
		Display display = Display.getCurrent();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}
}
