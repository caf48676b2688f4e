package org.fiscallens.memo.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fiscallens.memo.MemoExporter;
import org.fiscallens.memo.MemoFormat;
import org.fiscallens.memo.MemoOptions;
import org.fiscallens.memo.MemoScope;
import org.fiscallens.memo.Progress;
import org.fiscallens.memo.facts.ReviewScope;
import org.fiscallens.review.Reviews;

/**
 * Exports memos from the workbench: a unit's 审核意见, those of the units selected in the explorer, a region's or the
 * province's 检查情况通报; DOCX, HTML or Markdown; into a folder. The export runs in the wizard with its progress bar
 * (in the UI thread, which owns the review workspace) and can be cancelled between documents.
 */
public class ExportWizard extends Wizard {

	private final Reviews reviews;
	private final List<String> selectedUnits;
	private final Page page;
	private final List<Path> written = new ArrayList<>();

	public ExportWizard(Reviews reviews, List<String> selectedUnits) {
		this.reviews = reviews;
		this.selectedUnits = selectedUnits;
		this.page = new Page();
		setWindowTitle(MemoTexts.get("export.title"));
		setNeedsProgressMonitor(true);
		addPage(page);
	}

	/** The files the last export wrote. */
	public List<Path> written() {
		return written;
	}

	/** The page, for tests that fill it in. */
	public Page page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		MemoScope scope = page.scope();
		MemoFormat format = page.format();
		Path folder = Path.of(page.folder.getText().strip());
		MemoOptions options = MemoOptions.defaults().withDraft(page.draft.getSelection())
				.withShowDismissed(page.dismissed.getSelection());
		written.clear();
		try {
			getContainer().run(false, true, (IProgressMonitor monitor) -> {
				monitor.beginTask(MemoTexts.format("export.running", folder), IProgressMonitor.UNKNOWN);
				try {
					written.addAll(new MemoExporter(reviews, options).export(scope, format, folder, new Progress() {
						@Override
						public void worked(int done, int total, String current) {
							if (done == 0) {
								monitor.beginTask(MemoTexts.format("export.running", current), total);
							}
							monitor.subTask(current);
							monitor.worked(done == 0 ? 0 : 1);
						}

						@Override
						public boolean cancelled() {
							return monitor.isCanceled();
						}
					}));
				} catch (java.io.IOException | RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage(MemoTexts.format("export.failed", e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (!Boolean.getBoolean("fiscallens.memo.quiet")) {
			MessageDialog.openInformation(getShell(), MemoTexts.get("export.title"),
					MemoTexts.format("export.done", written.size(), folder));
		}
		return true;
	}

	/** Scope, format, folder. */
	public final class Page extends WizardPage {

		private Button unitChoice;
		private Button selectionChoice;
		private Button regionChoice;
		private Button provinceChoice;
		private Combo unit;
		private Combo region;
		private Button[] formats;
		private Text folder;
		private Button draft;
		private Button dismissed;

		Page() {
			super("export");
			setTitle(MemoTexts.get("export.title"));
			setDescription(MemoTexts.get("export.description"));
		}

		@Override
		public void createControl(Composite parent) {
			Composite root = new Composite(parent, SWT.NONE);
			root.setLayout(new GridLayout(1, false));
			ReviewScope review = new ReviewScope(reviews);
			Group scope = group(root, "export.scope", 2);
			unitChoice = radio(scope, MemoTexts.get("export.scope.unit"));
			unit = new Combo(scope, SWT.READ_ONLY | SWT.DROP_DOWN);
			unit.setItems(new TreeSet<>(review.units()).toArray(String[]::new));
			unit.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			selectionChoice = radio(scope, MemoTexts.format("export.scope.selection", selectedUnits.size()));
			selectionChoice.setEnabled(!selectedUnits.isEmpty());
			new Label(scope, SWT.NONE);
			regionChoice = radio(scope, MemoTexts.get("export.scope.region"));
			region = new Combo(scope, SWT.READ_ONLY | SWT.DROP_DOWN);
			TreeSet<String> regions = new TreeSet<>();
			review.units().forEach(u -> {
				String path = review.regionOf(u);
				for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
					regions.add(path.substring(0, i));
				}
				if (!path.isEmpty()) {
					regions.add(path);
				}
			});
			region.setItems(regions.toArray(String[]::new));
			region.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			provinceChoice = radio(scope, MemoTexts.get("export.scope.province"));
			new Label(scope, SWT.NONE);
			(selectedUnits.isEmpty() ? provinceChoice : selectionChoice).setSelection(true);
			if (unit.getItemCount() > 0) {
				unit.select(0);
			}
			if (region.getItemCount() > 0) {
				region.select(0);
			}
			unit.addListener(SWT.Selection, e -> choose(unitChoice));
			region.addListener(SWT.Selection, e -> choose(regionChoice));

			Group format = group(root, "export.format", 3);
			formats = new Button[MemoFormat.values().length];
			for (MemoFormat f : MemoFormat.values()) {
				formats[f.ordinal()] = radio(format, f.extension().toUpperCase());
			}
			formats[0].setSelection(true);

			Group where = group(root, "export.folder", 2);
			folder = new Text(where, SWT.BORDER);
			folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			folder.setText(Path.of(System.getProperty("user.home"), "审核意见").toString());
			folder.addListener(SWT.Modify, e -> validate());
			Button browse = new Button(where, SWT.PUSH);
			browse.setText(MemoTexts.get("export.browse"));
			browse.addListener(SWT.Selection, e -> {
				DirectoryDialog dialog = new DirectoryDialog(getShell());
				dialog.setFilterPath(folder.getText());
				String chosen = dialog.open();
				if (chosen != null) {
					folder.setText(chosen);
				}
			});
			draft = new Button(root, SWT.CHECK);
			draft.setText(MemoTexts.get("export.draft"));
			dismissed = new Button(root, SWT.CHECK);
			dismissed.setText(MemoTexts.get("export.dismissed"));
			setControl(root);
			validate();
		}

		private Group group(Composite parent, String key, int columns) {
			Group group = new Group(parent, SWT.NONE);
			group.setText(MemoTexts.get(key));
			group.setLayout(new GridLayout(columns, false));
			group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			return group;
		}

		private Button radio(Composite parent, String text) {
			Button b = new Button(parent, SWT.RADIO);
			b.setText(text);
			return b;
		}

		private void choose(Button choice) {
			for (Button b : List.of(unitChoice, selectionChoice, regionChoice, provinceChoice)) {
				b.setSelection(b == choice);
			}
		}

		private void validate() {
			boolean ok = !folder.getText().isBlank();
			setErrorMessage(ok ? null : MemoTexts.get("export.noFolder"));
			setPageComplete(ok);
		}

		MemoScope scope() {
			if (unitChoice.getSelection()) {
				return MemoScope.units(unit.getText());
			}
			if (selectionChoice.getSelection()) {
				return new MemoScope.Units(List.copyOf(selectedUnits));
			}
			if (regionChoice.getSelection()) {
				return new MemoScope.Region(region.getText());
			}
			return new MemoScope.Province();
		}

		MemoFormat format() {
			for (MemoFormat f : MemoFormat.values()) {
				if (formats[f.ordinal()].getSelection()) {
					return f;
				}
			}
			return MemoFormat.DOCX;
		}

		/** Sets what a user would choose (tests): a unit name, a region path, or null for the province. */
		public void choose(String unitName, String regionPath, MemoFormat f, Path into) {
			if (unitName != null) {
				unit.setText(unitName);
				choose(unitChoice);
			} else if (regionPath != null) {
				region.setText(regionPath);
				choose(regionChoice);
			} else {
				choose(provinceChoice);
			}
			for (MemoFormat each : MemoFormat.values()) {
				formats[each.ordinal()].setSelection(each == f);
			}
			folder.setText(into.toString());
		}
	}
}
