package org.fiscallens.ui.views;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.fiscallens.model.disclosure.Region;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingLocation;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.ReviewSession;

/**
 * The findings of what is selected in the province explorer (a region, a unit, a document; all when nothing is), like
 * the Problems view: severity, status, rule, message, unit and where. Reviewers confirm or dismiss (with a reason)
 * from the context menu; every change is saved to the review record at once, with its history.
 */
public class FindingsView extends ViewPart {

	public static final String ID = "org.fiscallens.ui.views.findings";

	private TableViewer viewer;
	private Label summary;
	private Button showRounding;
	private Object scope;
	private final Runnable onReviewChanged = this::refresh;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		showRounding = new Button(parent, SWT.CHECK);
		showRounding.setText(Messages.get("findings.showRounding"));
		showRounding.setSelection(org.fiscallens.ui.preferences.ReviewerPreferences.showRounding());
		showRounding.addListener(SWT.Selection, e -> refresh());
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("findings.severity", 70, f -> Messages.get("severity." + f.getSeverity().getLiteral())
				+ (f.isRounding() ? Messages.get("findings.roundingMark") : ""));
		column("findings.status", 70, f -> f.getStatus().getLiteral()
				+ (f.getDismissReason() == DismissReason.NONE ? "" : "（" + f.getDismissReason().getLiteral() + "）"));
		column("findings.rule", 160, FindingRecord::getRule);
		column("findings.message", 520, FindingRecord::getMessage);
		column("findings.unit", 180, f -> f.getUnitName() + " " + f.getYear());
		column("findings.where", 220, FindingsView::where);
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(e -> selected().stream().findFirst().ifPresent(this::open));
		createContextMenu();
		getSite().getPage().addSelectionListener(ProvinceExplorerView.ID, explorerSelection);
		ReviewSession.get().addListener(onReviewChanged);
		refresh();
	}

	private final ISelectionListener explorerSelection = (IWorkbenchPart part, org.eclipse.jface.viewers.ISelection s) -> {
		scope = s instanceof IStructuredSelection ss ? ss.getFirstElement() : null;
		refresh();
	};

	private void column(String header, int width, Function<FindingRecord, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(Messages.get(header));
		c.getColumn().setWidth(width);
		// a click on a header sorts by that column; a second click reverses
		c.getColumn().addListener(SWT.Selection, e -> sortBy(c.getColumn(), text));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((FindingRecord) element);
			}
		});
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(statusAction("findings.confirm", FindingStatus.CONFIRMED, DismissReason.NONE));
		menu.add(new Separator());
		for (DismissReason reason : List.of(DismissReason.FALSE_POSITIVE, DismissReason.ROUNDING,
				DismissReason.EXPLAINED_BY_UNIT)) {
			menu.add(statusAction("findings.dismiss." + reason.getName().toLowerCase(), FindingStatus.DISMISSED, reason));
		}
		menu.add(new Separator());
		menu.add(statusAction("findings.reopen", FindingStatus.OPEN, DismissReason.NONE));
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
	}

	private Action statusAction(String label, FindingStatus to, DismissReason reason) {
		return new Action(Messages.get(label)) {
			@Override
			public void run() {
				setStatus(selected(), to, reason);
			}
		};
	}

	/** Changes the status of findings and saves the review record (with the change in each finding's history). */
	public void setStatus(List<FindingRecord> findings, FindingStatus to, DismissReason reason) {
		Reviews reviews = ReviewSession.get().reviews();
		if (reviews == null || findings.isEmpty()) {
			return;
		}
		// an undoable edit (Edit › 撤销), saved at once
		var saved = org.fiscallens.ui.operations.ReviewOperation
				.run(new org.fiscallens.ui.operations.SetStatusOperation(findings, to, reason));
		if (!saved.isOK()) {
			summary.setText(saved.getMessage());
		}
		viewer.refresh();
	}

	/** Opens the finding's document at the cell it points at (what a double-click does). */
	public DisclosureTableView open(FindingRecord finding) {
		try {
			return DocumentOpener.open(getSite().getPage(), finding);
		} catch (org.eclipse.ui.PartInitException e) {
			summary.setText(e.getMessage());
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	public List<FindingRecord> selected() {
		return ((IStructuredSelection) viewer.getSelection()).toList();
	}

	/** Sorts the list by a column's text (as a header click does); sorting by the same column again reverses it. */
	public void sortBy(org.eclipse.swt.widgets.TableColumn column, Function<FindingRecord, String> text) {
		org.eclipse.swt.widgets.Table table = viewer.getTable();
		int direction = table.getSortColumn() == column && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		table.setSortColumn(column);
		table.setSortDirection(direction);
		Comparator<FindingRecord> order = Comparator.comparing(f -> String.valueOf(text.apply(f)));
		Comparator<FindingRecord> chosen = direction == SWT.UP ? order : order.reversed();
		viewer.setComparator(new org.eclipse.jface.viewers.ViewerComparator() {
			@Override
			public int compare(org.eclipse.jface.viewers.Viewer v, Object a, Object b) {
				return chosen.compare((FindingRecord) a, (FindingRecord) b);
			}
		});
	}

	/** Shows the findings of the current scope. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Reviews reviews = ReviewSession.get().reviews();
		List<FindingRecord> shown = reviews == null ? List.of()
				: reviews.records().findings().stream().filter(this::inScope)
						.filter(f -> showRounding.getSelection() || !f.isRounding())
						.sorted(Comparator.comparing((FindingRecord f) -> f.getSeverity().getValue())
								.thenComparing(FindingRecord::getUnitName).thenComparingInt(FindingsView::firstLine))
						.toList();
		viewer.setInput(shown);
		long errors = shown.stream().filter(f -> f.getSeverity().getValue() == 0).count();
		summary.setText(Messages.format("findings.summary", shown.size(), errors));
		summary.getParent().layout(true);
	}

	public TableViewer getViewer() {
		return viewer;
	}

	/** Narrows the list to a region, unit or document (as selecting it in the explorer does). */
	public void setScope(Object newScope) {
		scope = newScope;
		refresh();
	}

	private boolean inScope(FindingRecord f) {
		if (scope instanceof SubmissionEntry e) {
			return f.getUnitName().equals(e.unitName()) && f.getYear() == e.year()
					&& f.getKind().equals(e.kind().getLiteral());
		}
		if (scope instanceof Unit u) {
			return f.getUnitName().equals(u.getName());
		}
		if (scope instanceof Region r) {
			return unitsOf(r).contains(f.getUnitName());
		}
		return true;
	}

	private static List<String> unitsOf(Region r) {
		List<String> names = r.getUnits().stream().map(Unit::getName).collect(Collectors.toList());
		r.getChildren().forEach(child -> names.addAll(unitsOf(child)));
		return names;
	}

	private static int firstLine(FindingRecord f) {
		return f.getLocations().stream().mapToInt(FindingLocation::getLine).filter(l -> l > 0).min().orElse(0);
	}

	private static String where(FindingRecord f) {
		return f.getLocations().stream().map(l -> (l.getTable() != null ? l.getTable() + " " + nz(l.getRow())
				: nz(l.getSection())) + " @" + l.getLine()).distinct().collect(Collectors.joining("；"));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(ProvinceExplorerView.ID, explorerSelection);
		ReviewSession.get().removeListener(onReviewChanged);
		super.dispose();
	}
}
