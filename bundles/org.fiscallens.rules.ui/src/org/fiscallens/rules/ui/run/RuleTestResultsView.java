package org.fiscallens.rules.ui.run;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.fiscallens.engine.RuleTestRunner.Outcome;
import org.fiscallens.rules.ui.Messages;

/** 规则测试结果: pass/fail of every test block of the edited file, with why a failed case failed. */
public class RuleTestResultsView extends ViewPart {

	public static final String ID = "org.fiscallens.rules.ui.testResults";
	private static final Color PASSED = new Color(0, 128, 0);
	private static final Color FAILED = new Color(200, 0, 0);

	private ResultTable<Outcome> table;

	@Override
	public void createPartControl(Composite parent) {
		table = new ResultTable<>(parent);
		table.column("tests.result", 70, o -> Messages.get(o.passed() ? "tests.passed" : "tests.failed"), o -> null,
				o -> o.passed() ? PASSED : FAILED);
		table.column("tests.test", 260, Outcome::test);
		table.column("tests.rule", 180, Outcome::rule);
		table.column("tests.detail", 600, Outcome::detail);
	}

	public void show(List<Outcome> outcomes) {
		long failed = outcomes.stream().filter(o -> !o.passed()).count();
		table.show(Messages.format("run.testsSummary", outcomes.size(), outcomes.size() - failed, failed), outcomes);
	}

	public TableViewer getViewer() {
		return table.viewer;
	}

	public String getSummary() {
		return table.summary.getText();
	}

	@Override
	public void setFocus() {
		table.viewer.getControl().setFocus();
	}
}
