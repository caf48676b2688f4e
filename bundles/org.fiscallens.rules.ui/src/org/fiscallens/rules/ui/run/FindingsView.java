package org.fiscallens.rules.ui.run;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.rules.Severity;
import org.fiscallens.rules.ui.Messages;

/** 规则发现: the findings of the last run of the edited rules, in reading order. */
public class FindingsView extends ViewPart {

	public static final String ID = "org.fiscallens.rules.ui.findings";

	private Label summary;
	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		ResultTable table = new ResultTable(parent);
		summary = table.summary;
		viewer = table.viewer;
		column("findings.severity", 80, f -> severity(f.severity()), f -> icon(f.severity()));
		column("findings.rule", 200, Finding::rule, f -> null);
		column("findings.file", 200, f -> Path.of(f.file()).getFileName().toString(), f -> null);
		column("findings.line", 50, f -> f.firstLine() == 0 ? "" : String.valueOf(f.firstLine()), f -> null);
		column("findings.message", 600, Finding::message, f -> null);
		viewer.setInput(List.of());
	}

	private void column(String title, int width, Function<Finding, String> text, Function<Finding, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(Messages.get(title));
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Finding) element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply((Finding) element);
			}
		});
	}

	public void show(String text, List<Finding> findings) {
		summary.setText(text);
		viewer.setInput(findings);
		summary.getParent().layout();
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public String getSummary() {
		return summary.getText();
	}

	static String severity(Severity severity) {
		return Messages.get("severity." + severity.getLiteral());
	}

	private static Image icon(Severity severity) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return images.getImage(switch (severity) {
		case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		default -> ISharedImages.IMG_OBJS_INFO_TSK;
		});
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
