package org.fiscallens.ui.editor;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.ui.views.FindingLabels;
import org.fiscallens.ui.views.FindingStatusActions;

/**
 * The document's findings, rounding tails included (marked), in source order. Selecting one selects its cells, claims
 * and line on the other pages; a double-click goes there; the context menu confirms, dismisses or reopens them.
 */
public final class FindingsPage extends EditorPage {

	private TableViewer viewer;

	FindingsPage(DisclosureEditor editor, Composite parent) {
		super(editor, parent, false);
	}

	@Override
	void build() {
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		FindingLabels.addColumns(viewer, List.of(FindingLabels.SEVERITY, FindingLabels.STATUS, FindingLabels.RULE,
				FindingLabels.MESSAGE, FindingLabels.WHERE));
		refresh();
		viewer.addSelectionChangedListener(e -> editor.selectedFindings(selected()));
		viewer.addDoubleClickListener(e -> selected().stream().findFirst().ifPresent(f -> editor.reveal(f, true)));
		MenuManager menu = new MenuManager();
		FindingStatusActions.fill(menu, this::selected, saved -> editor.problem(saved.getMessage()));
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
	}

	void refresh() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(editor.findings().all().stream()
					.sorted(Comparator.comparingInt(FindingLabels::firstLine)).toList());
		}
	}

	@SuppressWarnings("unchecked")
	public List<FindingRecord> selected() {
		return viewer == null ? List.of() : ((IStructuredSelection) viewer.getSelection()).toList();
	}

	void select(FindingRecord f) {
		if (viewer != null) {
			viewer.setSelection(new StructuredSelection(f), true);
		}
	}

	public TableViewer viewer() {
		create();
		return viewer;
	}
}
