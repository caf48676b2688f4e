package org.fiscallens.rules.ui.run;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.rules.Severity;
import org.fiscallens.rules.ui.Messages;

/** 规则发现: the findings of the last run of the edited rules, in reading order. */
public class FindingsView extends ViewPart {

	public static final String ID = "org.fiscallens.rules.ui.findings";

	private ResultTable<Finding> table;

	@Override
	public void createPartControl(Composite parent) {
		table = new ResultTable<>(parent);
		table.column("findings.severity", 80, f -> severity(f.severity()), f -> icon(f.severity()), f -> null);
		table.column("findings.rule", 200, Finding::rule);
		table.column("findings.file", 200, f -> Path.of(f.file()).getFileName().toString());
		table.column("findings.line", 50, f -> f.firstLine() == 0 ? "" : String.valueOf(f.firstLine()));
		table.column("findings.message", 600, Finding::message);
	}

	/** Shows the view in the page (without taking the focus from the editor) and returns it. */
	public static FindingsView showIn(IWorkbenchPage page) {
		try {
			return (FindingsView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	public void show(String text, List<Finding> findings) {
		table.show(text, findings);
	}

	public TableViewer getViewer() {
		return table.viewer;
	}

	public String getSummary() {
		return table.summary.getText();
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
		table.viewer.getControl().setFocus();
	}
}
