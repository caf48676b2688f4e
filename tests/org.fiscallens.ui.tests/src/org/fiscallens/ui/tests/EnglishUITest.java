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
		assertEquals("FiscalLens disclosure review", window.getShell().getText());
		assertTrue(menuBar(window.getShell()).containsAll(List.of("File", "Edit", "Window")), menuBar(window.getShell()).toString());
		assertTrue(menu(window.getShell(), "File").contains("Import…"), menu(window.getShell(), "File").toString());
		// "Undo", or "Undo <the edit>" once there is one
		List<String> edit = menu(window.getShell(), "Edit");
		assertTrue(edit.stream().anyMatch(l -> l.startsWith("Undo")) && edit.stream().anyMatch(l -> l.startsWith("Redo")),
				edit.toString());
		assertTrue(menu(window.getShell(), "Window").contains("Preferences"), menu(window.getShell(), "Window").toString());

		var reviews = review(); // the seeds are imported in the background: wait, so the picture shows a province
		ProvinceExplorerView explorer = (ProvinceExplorerView) page.findView(ProvinceExplorerView.ID);
		String unit = reviews.workspace().entries().get(0).unitName();
		explorer.setUnitStatus(RestartPhase1UITest.unit(reviews, unit), org.fiscallens.model.review.UnitReviewStatus.IN_PROGRESS);
		explorer.getViewer().expandAll();
		String tree = WorkbenchDriver.labels(explorer.getViewer().getTree().getItems());
		assertTrue(tree.contains(unit) && tree.contains("(errors ") && tree.contains("[in review · "), tree);
		assertTrue(tree.contains("final accounts · department"), tree);
		Screenshots.save(window.getShell(), "english-workbench");

		// the disclosure editor in English: its name, a table's caption, the findings view's filter bar
		var editor = explorer.open(reviews.workspace().entries().get(0));
		assertTrue(editor.getPartName().matches(".* \\d{4} (final accounts|budget)"), editor.getPartName());
		var firstTable = editor.tablePages().get(0);
		firstTable.grid();
		assertTrue(java.util.Arrays.stream(firstTable.natTable().getParent().getChildren())
				.anyMatch(c -> c instanceof org.eclipse.swt.widgets.Label l && l.getText().contains("Money unit")));
		Screenshots.save(window.getShell(), "english-editor");

		ImportWizard wizard = new ImportWizard();
		WorkbenchDriver.Wizard dialog = new WorkbenchDriver.Wizard(window.getShell(), wizard);
		dialog.open();
		assertEquals("Import disclosures", dialog.getShell().getText());
		Screenshots.save(dialog.getShell(), "english-import-wizard");
		dialog.close();
	}
}
