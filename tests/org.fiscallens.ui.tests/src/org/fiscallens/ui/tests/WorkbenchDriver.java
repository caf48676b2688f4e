package org.fiscallens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.fiscallens.review.Reviews;
import org.fiscallens.ui.ReviewSession;

/** Drives the running workbench from the UI thread: waits while dispatching events, finds shells and menu labels. */
final class WorkbenchDriver {

	/** Generous: a slow shared machine; the tests assert outcomes, never how long they took. */
	private static final long PATIENCE_MS = 180_000;

	private WorkbenchDriver() {
	}

	/** Dispatches UI events until {@code done} holds (fails after a generous wait). */
	static void waitUntil(String what, BooleanSupplier done) {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + PATIENCE_MS;
		while (!done.getAsBoolean()) {
			assertTrue(System.currentTimeMillis() < until, "still waiting for: " + what);
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	static Reviews review() {
		waitUntil("the review to open", () -> ReviewSession.get().reviews() != null || ReviewSession.get().problem() != null);
		assertNotNull(ReviewSession.get().reviews(), "the review opened: " + ReviewSession.get().problem());
		return ReviewSession.get().reviews();
	}

	static void join(Job job) {
		waitUntil(job.getName(), () -> job.getResult() != null);
		// the job hands its outcome to the UI thread: let that run too
		for (int i = 0; i < 10; i++) {
			while (Display.getCurrent().readAndDispatch()) {
				// drain
			}
		}
	}

	/** The open shell titled {@code title}, once it is there. */
	static Shell shell(String title) {
		Shell[] found = new Shell[1];
		waitUntil("a window titled " + title, () -> {
			found[0] = Arrays.stream(Display.getCurrent().getShells()).filter(s -> !s.isDisposed() && title.equals(s.getText()))
					.findFirst().orElse(null);
			return found[0] != null;
		});
		return found[0];
	}

	/** The labels of the window's menu bar (mnemonics removed). */
	static List<String> menuBar(Shell shell) {
		List<String> labels = new ArrayList<>();
		Menu bar = shell.getMenuBar();
		assertNotNull(bar, "the window has a menu bar");
		for (MenuItem item : bar.getItems()) {
			labels.add(item.getText().replace("&", ""));
		}
		return labels;
	}

	/** The labels of a menu of the menu bar, after it was shown once (items are created when shown). */
	static List<String> menu(Shell shell, String title) {
		for (MenuItem item : shell.getMenuBar().getItems()) {
			if (item.getText().replace("&", "").equals(title) && item.getMenu() != null) {
				return items(item.getMenu());
			}
		}
		return List.of();
	}

	/** The labels of a menu (a context menu too), as filled when it is shown. */
	static List<String> items(Menu menu) {
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> labels = new ArrayList<>();
		for (MenuItem i : menu.getItems()) {
			labels.add(i.getText().replace("&", "").split("\t")[0]);
		}
		menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		return labels;
	}

	/** The labels of an expanded tree, one per line. */
	static String labels(TreeItem[] items) {
		StringBuilder s = new StringBuilder();
		for (TreeItem item : items) {
			s.append(item.getText()).append('\n').append(labels(item.getItems()));
		}
		return s.toString();
	}

	/** A wizard dialog that does not block, whose Finish a test can press. */
	static final class Wizard extends WizardDialog {
		Wizard(Shell parent, IWizard wizard) {
			super(parent, wizard);
			setBlockOnOpen(false);
		}

		void finish() {
			finishPressed();
		}
	}
}
