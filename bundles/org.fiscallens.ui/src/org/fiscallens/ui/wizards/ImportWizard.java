package org.fiscallens.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.fiscallens.ui.Messages;

/**
 * File › 导入…: choose folders or files of disclosures; Finish imports and checks them with the rules in a background
 * job (progress, cancellable) and then shows the {@link ImportReportDialog}.
 */
public class ImportWizard extends Wizard {

	private final Page page = new Page();
	private ImportJob job;

	public ImportWizard() {
		setWindowTitle(Messages.get("import.title"));
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	/** Chooses what to import (what the folder/file dialogs do). */
	public void setPaths(List<Path> paths) {
		page.setPaths(paths);
	}

	/** The job Finish started, or null. */
	public ImportJob job() {
		return job;
	}

	@Override
	public boolean performFinish() {
		job = start(page.paths());
		return true;
	}

	/** Imports and checks in the background, then shows the summary (the wizard's Finish and the tests use this). */
	public static ImportJob start(List<Path> paths) {
		ImportJob job = new ImportJob(paths, report -> {
			Shell shell = PlatformUI.getWorkbench().getDisplay().getActiveShell();
			ImportReportDialog dialog = new ImportReportDialog(shell, report);
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
		job.schedule();
		return job;
	}

	private static final class Page extends WizardPage {

		private org.eclipse.swt.widgets.List chosen;

		Page() {
			super("paths");
			setTitle(Messages.get("import.title"));
			setDescription(Messages.get("import.description"));
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(2, false));
			Label label = new Label(c, SWT.NONE);
			label.setText(Messages.get("import.chosen"));
			label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			chosen = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
			GridData grid = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 3);
			grid.heightHint = 160;
			grid.widthHint = 480;
			chosen.setLayoutData(grid);
			Button folder = button(c, "import.addFolder");
			folder.addListener(SWT.Selection, e -> {
				String dir = new DirectoryDialog(getShell()).open();
				if (dir != null) {
					add(List.of(Path.of(dir)));
				}
			});
			Button files = button(c, "import.addFiles");
			files.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
				dialog.setFilterExtensions(new String[] { "*.txt;*.md", "*" });
				if (dialog.open() != null) {
					List<Path> picked = new ArrayList<>();
					for (String name : dialog.getFileNames()) {
						picked.add(Path.of(dialog.getFilterPath(), name));
					}
					add(picked);
				}
			});
			Button remove = button(c, "import.remove");
			remove.addListener(SWT.Selection, e -> {
				chosen.remove(chosen.getSelectionIndices());
				validate();
			});
			setControl(c);
		}

		private static Button button(Composite c, String key) {
			Button b = new Button(c, SWT.PUSH);
			b.setText(Messages.get(key));
			b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
			return b;
		}

		void setPaths(List<Path> paths) {
			chosen.removeAll();
			add(paths);
		}

		private void add(List<Path> paths) {
			for (Path p : paths) {
				if (chosen.indexOf(p.toString()) < 0) {
					chosen.add(p.toString());
				}
			}
			validate();
		}

		private void validate() {
			String missing = null;
			for (String p : chosen.getItems()) {
				if (!Files.exists(Path.of(p))) {
					missing = p;
				}
			}
			setErrorMessage(missing == null ? null : Messages.format("import.missing", missing));
			setPageComplete(chosen.getItemCount() > 0 && missing == null);
		}

		List<Path> paths() {
			return List.of(chosen.getItems()).stream().map(Path::of).toList();
		}
	}
}
