package org.fiscallens.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.fiscallens.ui.views.DisclosureTableView;
import org.fiscallens.ui.views.FindingDetailsView;
import org.fiscallens.ui.views.FindingsView;
import org.fiscallens.ui.views.ProvinceExplorerView;

/** The 审核 (review) perspective: province explorer on the left, the disclosure in the middle, findings below it. */
public class ReviewPerspective implements IPerspectiveFactory {

	public static final String ID = "org.fiscallens.ui.perspectives.review";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.24f, editorArea);
		left.addView(ProvinceExplorerView.ID);
		// the editor area is hidden for now, so the folder placed against it takes all the room right of the explorer
		IFolderLayout center = layout.createFolder("center", IPageLayout.TOP, 0.62f, editorArea);
		center.addView(DisclosureTableView.ID);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, "center");
		bottom.addView(FindingsView.ID);
		IFolderLayout details = layout.createFolder("details", IPageLayout.RIGHT, 0.68f, "bottom");
		details.addView(FindingDetailsView.ID);
		layout.getViewLayout(ProvinceExplorerView.ID).setCloseable(false);
	}
}
