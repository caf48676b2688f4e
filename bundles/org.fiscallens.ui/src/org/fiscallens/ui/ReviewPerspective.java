package org.fiscallens.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.fiscallens.ui.views.FindingDetailsView;
import org.fiscallens.ui.views.FindingsView;
import org.fiscallens.ui.views.ProvinceExplorerView;

/** The 审核 (review) perspective: province explorer on the left, disclosure editors in the middle, findings below. */
public class ReviewPerspective implements IPerspectiveFactory {

	public static final String ID = "org.fiscallens.ui.perspectives.review";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.24f, editorArea);
		left.addView(ProvinceExplorerView.ID);
		// disclosures open as editors (DisclosureEditor) in the editor area
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editorArea);
		bottom.addView(FindingsView.ID);
		IFolderLayout details = layout.createFolder("details", IPageLayout.RIGHT, 0.68f, "bottom");
		details.addView(FindingDetailsView.ID);
		layout.getViewLayout(ProvinceExplorerView.ID).setCloseable(false);
	}
}
