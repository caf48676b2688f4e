package org.fiscallens.ui.views;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.ReviewSession;

/**
 * The province explorer: region → unit → submission. Until a review workspace is opened it is empty and says how to
 * fill it.
 */
public class ProvinceExplorerView extends ViewPart {

	public static final String ID = "org.fiscallens.ui.views.provinceExplorer";

	/** Where the reviewer left the explorer (read at start; applied once the review is open). */
	private org.eclipse.ui.IMemento restore;

	private TreeViewer viewer;
	private Label hint;
	private org.eclipse.swt.widgets.Text search;
	private org.eclipse.swt.widgets.Button onlyErrors;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		hint = new Label(parent, SWT.WRAP);
		hint.setText(Messages.get("explorer.loading")); // the review opens in the background at start-up
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		search = new org.eclipse.swt.widgets.Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.get("explorer.search"));
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		onlyErrors = new org.eclipse.swt.widgets.Button(parent, SWT.CHECK);
		onlyErrors.setText(Messages.get("explorer.onlyErrors"));
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(new ProvinceContentProvider());
		viewer.setInput(null);
		viewer.setFilters(new UnitFilter());
		search.addListener(SWT.Modify, e -> applyFilter());
		onlyErrors.addListener(SWT.Selection, e -> applyFilter());
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(e -> {
			Object element = ((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement();
			if (element instanceof SubmissionEntry entry) {
				open(entry);
			}
		});
		createContextMenu();
		ReviewSession.get().addListener(refresh);
		if (ReviewSession.get().browsable() != null) {
			refresh.run();
		}
	}

	/** Shows the open review, or says why there is none (yet). */
	private final Runnable refresh = () -> {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Reviews reviews = ReviewSession.get().browsable();
		if (reviews == null) {
			hint.setText(ReviewSession.get().notOpenText());
			return;
		}
		if (viewer.getInput() == reviews) {
			// an edit or an import: re-read the documents, keep what the reviewer expanded and selected
			((ProvinceContentProvider) viewer.getContentProvider()).inputChanged(viewer, reviews, reviews);
			viewer.refresh();
		} else {
			// the review replacing its preview shows the same regions and units: keep what the reviewer did meanwhile
			boolean replacesPreview = viewer.getInput() instanceof Reviews shown
					&& shown.workspace() == reviews.workspace();
			Object[] expanded = viewer.getExpandedElements();
			org.eclipse.jface.viewers.ISelection selected = viewer.getSelection();
			viewer.setLabelProvider(new ProvinceLabelProvider(reviews));
			viewer.setInput(reviews);
			if (replacesPreview) {
				viewer.setExpandedElements(expanded);
				viewer.setSelection(selected, true);
			} else {
				viewer.expandToLevel(2);
				if (restore != null) {
					ExplorerState.restore(restore, this, reviews);
					restore = null;
				}
			}
		}
		hint.setText(reviews.workspace().entries().isEmpty() ? Messages.get("explorer.empty") : "");
		hint.getParent().layout(true);
	};

	@Override
	public void init(org.eclipse.ui.IViewSite site, org.eclipse.ui.IMemento memento) throws org.eclipse.ui.PartInitException {
		super.init(site, memento);
		restore = memento;
	}

	@Override
	public void saveState(org.eclipse.ui.IMemento memento) {
		super.saveState(memento);
		Reviews reviews = ReviewSession.get().reviews();
		if (viewer != null && !viewer.getControl().isDisposed() && reviews != null) {
			ExplorerState.save(memento, this, reviews);
		} else if (restore != null) {
			memento.putMemento(restore); // not open yet: keep what was saved last time
		}
	}

	private void createContextMenu() {
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> ExplorerActions.fill(m, this));
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
		// other bundles add to it (popup:org.fiscallens.ui.views.provinceExplorer)
		getSite().registerContextMenu(menu, viewer);
	}

	/**
	 * Sets a unit's review status (what the context menu's 审核状态 does): the unit stays with its reviewer, or goes to
	 * the reviewer named in the preferences when it has none. Undoable; saved at once.
	 */
	public void setUnitStatus(org.fiscallens.model.disclosure.Unit unit,
			org.fiscallens.model.review.UnitReviewStatus status) {
		Reviews reviews = ReviewSession.get().reviews();
		String reviewer = reviews == null ? null
				: org.fiscallens.ui.operations.AssignUnitOperation.find(reviews.records(), unit.getName())
						.map(org.fiscallens.model.review.Assignment::getReviewer).orElse(null);
		ExplorerActions.setUnitStatus(unit.getName(),
				reviewer == null ? org.fiscallens.ui.preferences.ReviewerPreferences.reviewer() : reviewer, status);
	}

	/** Runs the standard rules again on the selected units, documents or regions (the context menu's 重新审核). */
	public org.fiscallens.ui.wizards.RecheckJob recheckSelection() {
		return ExplorerActions.startRecheck(this, selectedElements());
	}

	/** The selected regions, units and documents. */
	public java.util.List<?> selectedElements() {
		return viewer.getStructuredSelection().toList();
	}

	@Override
	public void dispose() {
		ReviewSession.get().removeListener(refresh);
		super.dispose();
	}

	/** Shows only the units whose name or region contains the search text (and, if asked, that have errors). */
	public void filter(String text, boolean withErrorsOnly) {
		search.setText(text);
		onlyErrors.setSelection(withErrorsOnly);
		applyFilter();
	}

	private void applyFilter() {
		viewer.refresh();
		if (!search.getText().isBlank() || onlyErrors.getSelection()) {
			viewer.expandAll();
		}
	}

	/** A unit passes when its name or one of its regions contains the search text, and it has errors if asked. */
	private final class UnitFilter extends org.eclipse.jface.viewers.ViewerFilter {
		@Override
		public boolean select(org.eclipse.jface.viewers.Viewer v, Object parent, Object element) {
			if (element instanceof org.fiscallens.model.disclosure.Unit u) {
				return matches(u);
			}
			if (element instanceof org.fiscallens.model.disclosure.Region r) {
				return anyUnitMatches(r);
			}
			return true;
		}

		private boolean anyUnitMatches(org.fiscallens.model.disclosure.Region r) {
			return r.getUnits().stream().anyMatch(this::matches) || r.getChildren().stream().anyMatch(this::anyUnitMatches);
		}

		private boolean matches(org.fiscallens.model.disclosure.Unit u) {
			String text = search.getText().trim();
			StringBuilder names = new StringBuilder(u.getName());
			for (var r = u.getRegion(); r != null; r = r.getParent()) {
				names.append(' ').append(r.getName());
			}
			if (!text.isEmpty() && !names.toString().contains(text)) {
				return false;
			}
			Reviews reviews = ReviewSession.get().reviews();
			return !onlyErrors.getSelection() || (reviews != null && reviews.openFindings(u.getName())
					.getOrDefault(org.fiscallens.model.review.FindingSeverity.ERROR, 0) > 0);
		}
	}

	/** Opens a document in its editor (what a double-click does). */
	public org.fiscallens.ui.editor.DisclosureEditor open(SubmissionEntry entry) {
		try {
			return org.fiscallens.ui.editor.DisclosureEditor.open(getSite().getPage(), entry);
		} catch (org.eclipse.ui.PartInitException e) {
			hint.setText(e.getMessage());
			return null;
		}
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	public String getHintText() {
		return hint.getText();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
