package org.fiscallens.rules.ui.run;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.fiscallens.engine.RuleTestRunner.Outcome;
import org.fiscallens.rules.ui.Messages;

/** 规则测试结果: pass/fail of every test block of the edited file, with why a failed case failed. */
public class RuleTestResultsView extends ViewPart {

	public static final String ID = "org.fiscallens.rules.ui.testResults";
	private static final Color PASSED = new Color(0, 128, 0);
	private static final Color FAILED = new Color(200, 0, 0);

	private Label summary;
	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		ResultTable table = new ResultTable(parent);
		summary = table.summary;
		viewer = table.viewer;
		column("tests.result", 70, o -> Messages.get(o.passed() ? "tests.passed" : "tests.failed"), true);
		column("tests.test", 260, Outcome::test, false);
		column("tests.rule", 180, Outcome::rule, false);
		column("tests.detail", 600, Outcome::detail, false);
		viewer.setInput(List.of());
	}

	private void column(String title, int width, Function<Outcome, String> text, boolean coloured) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(Messages.get(title));
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Outcome) element);
			}

			@Override
			public Color getForeground(Object element) {
				return coloured ? (((Outcome) element).passed() ? PASSED : FAILED) : null;
			}
		});
	}

	public void show(List<Outcome> outcomes) {
		long failed = outcomes.stream().filter(o -> !o.passed()).count();
		summary.setText(Messages.format("run.testsSummary", outcomes.size(), outcomes.size() - failed, failed));
		viewer.setInput(outcomes);
		summary.getParent().layout();
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public String getSummary() {
		return summary.getText();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
