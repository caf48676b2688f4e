package org.fiscallens.ui.tests;

import static org.fiscallens.ui.tests.WorkbenchDriver.menu;
import static org.fiscallens.ui.tests.WorkbenchDriver.menuBar;
import static org.fiscallens.ui.tests.WorkbenchDriver.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.fiscallens.ui.ReviewPerspective;
import org.fiscallens.ui.Screenshots;
import org.fiscallens.ui.views.DisclosureTableView;
import org.fiscallens.ui.views.FindingDetailsView;
import org.fiscallens.ui.views.FindingsView;
import org.fiscallens.ui.views.ProvinceExplorerView;
import org.fiscallens.ui.wizards.ImportWizard;
import org.junit.jupiter.api.Test;

/** The workbench started with {@code -nl en}: perspective, views, menus and dialogs speak English. */
public class EnglishUITest {

	@Test
	public void workbenchSpeaksEnglish() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReviewPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		window.getShell().setMaximized(true);
		assertEquals("Review", page.getPerspective().getLabel());
		assertEquals("Province Explorer", page.showView(ProvinceExplorerView.ID).getTitle());
		assertEquals("Findings", page.showView(FindingsView.ID).getTitle());
		assertEquals("Finding details", page.showView(FindingDetailsView.ID).getTitle());
		assertEquals("Disclosure Table", page.showView(DisclosureTableView.ID).getTitle());
		assertEquals("FiscalLens disclosure review", window.getShell().getText());
		assertTrue(menuBar(window.getShell()).containsAll(List.of("File", "Edit", "Window")), menuBar(window.getShell()).toString());
		assertTrue(menu(window.getShell(), "File").contains("Import…"), menu(window.getShell(), "File").toString());
		assertTrue(menu(window.getShell(), "Edit").containsAll(List.of("Undo", "Redo")), menu(window.getShell(), "Edit").toString());
		assertTrue(menu(window.getShell(), "Window").contains("Preferences"), menu(window.getShell(), "Window").toString());

		review(); // the seeds are imported in the background: wait, so the picture shows a province
		ProvinceExplorerView explorer = (ProvinceExplorerView) page.findView(ProvinceExplorerView.ID);
		explorer.getViewer().expandToLevel(3);
		Screenshots.save(window.getShell(), "english-workbench");

		ImportWizard wizard = new ImportWizard();
		WorkbenchDriver.Wizard dialog = new WorkbenchDriver.Wizard(window.getShell(), wizard);
		dialog.open();
		assertEquals("Import disclosures", dialog.getShell().getText());
		Screenshots.save(dialog.getShell(), "english-import-wizard");
		dialog.close();
	}
}
