package org.fiscallens.ui.wizards;

import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.ui.Messages;

/**
 * The summary after an import: how many documents were imported, replaced, unchanged and failed, the findings of the
 * imported documents, one row per imported document, and every diagnostic as {@code file:line: message}.
 */
public class ImportReportDialog extends Dialog {

	private final ImportReport report;

	public ImportReportDialog(Shell parent, ImportReport report) {
		super(parent);
		this.report = report;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("import.report.title"));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label headline = new Label(area, SWT.WRAP);
		headline.setText(headline(report));
		headline.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Table documents = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		documents.setHeaderVisible(true);
		documents.setLinesVisible(true);
		GridData grid = new GridData(SWT.FILL, SWT.FILL, true, true);
		grid.widthHint = 900;
		grid.heightHint = 180;
		documents.setLayoutData(grid);
		for (String[] c : new String[][] { { "import.report.file", "330" }, { "findings.unit", "220" },
				{ "import.report.diagnostics", "80" }, { "severity.error", "60" }, { "severity.warning", "60" },
				{ "severity.info", "60" }, { "findings.roundingMark", "60" } }) {
			TableColumn column = new TableColumn(documents, SWT.LEFT);
			column.setText(Messages.get(c[0]));
			column.setWidth(Integer.parseInt(c[1]));
		}
		for (ImportReport.Document d : report.documents()) {
			TableItem item = new TableItem(documents, SWT.NONE);
			Map<FindingSeverity, Integer> f = d.findings();
			item.setText(new String[] { d.file(), d.unit() + " " + d.year() + " "
					+ Messages.get("budget".equals(d.kind()) ? "status.budget" : "status.final"),
					String.valueOf(d.diagnostics().size()), String.valueOf(f.getOrDefault(FindingSeverity.ERROR, 0)),
					String.valueOf(f.getOrDefault(FindingSeverity.WARNING, 0)),
					String.valueOf(f.getOrDefault(FindingSeverity.INFO, 0)), String.valueOf(d.rounding()) });
		}

		new Label(area, SWT.NONE).setText(Messages.get("import.report.messages"));
		org.eclipse.swt.widgets.Text messages = new org.eclipse.swt.widgets.Text(area,
				SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData text = new GridData(SWT.FILL, SWT.FILL, true, true);
		text.heightHint = 160;
		messages.setLayoutData(text);
		messages.setText(messagesText(report));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}

	/** 导入 N 个，替换 M 个，未变 U 个，失败 F 个；发现：错误 e，警告 w，提示 i（尾数 r）. */
	public static String headline(ImportReport r) {
		Map<FindingSeverity, Integer> f = r.findings();
		String s = Messages.format("import.report.headline", r.imported(), r.replaced(), r.unchanged(), r.failed(),
				f.getOrDefault(FindingSeverity.ERROR, 0), f.getOrDefault(FindingSeverity.WARNING, 0),
				f.getOrDefault(FindingSeverity.INFO, 0), r.rounding());
		return r.cancelled() ? s + "\n" + Messages.get("import.report.cancelled") : s;
	}

	/** Failures and importer errors first, then each imported document's diagnostics; all as file:line: message. */
	public static String messagesText(ImportReport r) {
		StringBuilder s = new StringBuilder();
		r.messages().forEach(m -> s.append(m).append('\n'));
		r.documents().forEach(d -> d.diagnostics().stream().filter(m -> !r.messages().contains(m))
				.forEach(m -> s.append(m).append('\n')));
		return s.length() == 0 ? Messages.get("import.report.noMessages") : s.toString();
	}
}
