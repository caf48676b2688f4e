package org.fiscallens.ui.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IMemento;
import org.fiscallens.model.disclosure.Region;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.editor.DisclosureEditor;
import org.fiscallens.ui.editor.DisclosureEditorInput;

/**
 * Where the reviewer left the province explorer — expanded regions and units, the selection, the documents open in
 * disclosure editors — saved with the workbench's state when it closes and restored when the review has opened again.
 * (The workbench saves editors itself only on its own exit path, and before the review is open an editor has nothing
 * to show: the explorer reopens them.)
 * Elements are named by region path, unit name and document id, which stay the same across restarts.
 */
final class ExplorerState {

	private static final String EXPANDED = "expanded";
	private static final String SELECTED = "selected";
	private static final String DOCUMENT = "document";
	private static final String ID = "id";
	/** The workbench's id for a tab whose editor it could not restore (it shows an error part). */
	private static final String EMPTY_TAB = "org.eclipse.ui.internal.emptyEditorTab";

	private ExplorerState() {
	}

	static void save(IMemento memento, ProvinceExplorerView explorer, Reviews reviews) {
		for (Object o : explorer.getViewer().getExpandedElements()) {
			memento.createChild(EXPANDED).putString(ID, id(o));
		}
		for (Object o : explorer.selectedElements()) {
			memento.createChild(SELECTED).putString(ID, id(o));
		}
		for (IEditorReference r : explorer.getSite().getPage().getEditorReferences()) {
			if (r.getEditor(false) instanceof DisclosureEditor editor) {
				memento.createChild(DOCUMENT).putString(ID, id(editor.entry()));
			}
		}
	}

	static void restore(IMemento memento, ProvinceExplorerView explorer, Reviews reviews) {
		Map<String, Object> byId = new HashMap<>();
		reviews.workspace().province().getRegions().forEach(r -> index(r, byId));
		reviews.workspace().entries().forEach(e -> byId.put(id(e), e));
		List<Object> expanded = elements(memento, EXPANDED, byId);
		if (!expanded.isEmpty()) {
			explorer.getViewer().setExpandedElements(expanded.toArray());
		}
		List<Object> selected = elements(memento, SELECTED, byId);
		if (!selected.isEmpty()) {
			explorer.getViewer().setSelection(new StructuredSelection(selected), true);
		}
		dropUnrestorableEditors(explorer.getSite().getPage());
		for (Object document : elements(memento, DOCUMENT, byId)) {
			if (document instanceof SubmissionEntry entry) {
				explorer.open(entry);
			}
		}
	}

	/**
	 * Editor tabs the workbench kept without their input (when it exits other than through its own close, it saves the
	 * tabs but not what they showed): empty, so closed before the documents are reopened.
	 */
	private static void dropUnrestorableEditors(org.eclipse.ui.IWorkbenchPage page) {
		List<IEditorReference> broken = new ArrayList<>();
		for (IEditorReference r : page.getEditorReferences()) {
			try {
				if (EMPTY_TAB.equals(r.getId()) || r.getEditorInput() == null
						|| DisclosureEditor.ID.equals(r.getId()) && !(r.getEditorInput() instanceof DisclosureEditorInput)) {
					broken.add(r);
				}
			} catch (org.eclipse.ui.PartInitException e) {
				broken.add(r);
			}
		}
		if (!broken.isEmpty()) {
			page.closeEditors(broken.toArray(IEditorReference[]::new), false);
		}
	}

	private static List<Object> elements(IMemento memento, String type, Map<String, Object> byId) {
		List<Object> found = new ArrayList<>();
		for (IMemento child : memento.getChildren(type)) {
			Object o = byId.get(child.getString(ID));
			if (o != null) {
				found.add(o);
			}
		}
		return found;
	}

	private static void index(Region r, Map<String, Object> byId) {
		byId.put(id(r), r);
		r.getUnits().forEach(u -> byId.put(id(u), u));
		r.getChildren().forEach(c -> index(c, byId));
	}

	static String id(Object o) {
		if (o instanceof Region r) {
			StringBuilder path = new StringBuilder(r.getName());
			for (Region p = r.getParent(); p != null; p = p.getParent()) {
				path.insert(0, p.getName() + "/");
			}
			return "region:" + path;
		}
		if (o instanceof Unit u) {
			return "unit:" + u.getName();
		}
		return o instanceof SubmissionEntry e ? "document:" + e.id() : String.valueOf(o);
	}
}
