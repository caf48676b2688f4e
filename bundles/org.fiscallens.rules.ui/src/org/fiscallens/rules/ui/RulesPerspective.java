package org.fiscallens.rules.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.fiscallens.rules.ui.explorer.RuleExplorerView;
import org.fiscallens.rules.ui.run.FindingsView;
import org.fiscallens.rules.ui.run.RuleTestResultsView;

/** The 规则 (rules) perspective: explorer left, editors in the middle, outline right, findings and tests below. */
public class RulesPerspective implements IPerspectiveFactory {

	public static final String ID = "org.fiscallens.rules.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(RuleExplorerView.ID, IPageLayout.LEFT, 0.22f, editorArea);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
		bottom.addView(FindingsView.ID);
		bottom.addView(RuleTestResultsView.ID);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, editorArea);
		layout.getViewLayout(RuleExplorerView.ID).setCloseable(false);
	}
}
