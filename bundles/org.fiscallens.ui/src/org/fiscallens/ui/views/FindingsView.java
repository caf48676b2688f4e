package org.fiscallens.ui.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.fiscallens.model.disclosure.Region;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.editor.DisclosureEditor;
import org.fiscallens.ui.editor.LocationSelection;

/**
 * The findings of what is selected — a region, unit or document in the explorer, a document or a place in a disclosure
 * editor, or exactly the findings another part selected (the memo dashboard's bars) — or of the whole province, like
 * the Problems view: severity, status, rule, message, unit and where. A filter bar narrows them by rule, severity,
 * status, region and rounding; they can be grouped by rule or by unit. Reviewers confirm or dismiss (with a reason)
 * from the context menu, one or many at once (a selected group stands for its findings); every change is saved to the
 * review record at once, with its history.
 */
public class FindingsView extends ViewPart {

	public static final String ID = "org.fiscallens.ui.views.findings";

	/**
	 * The most findings the list shows at one level (a province has tens of thousands; a tree of them takes a minute
	 * to build): beyond it the reviewer filters or groups, as the counts say.
	 */
	public static final int LIMIT = 1000;

	/** How the list is grouped. */
	public enum Grouping {
		NONE, RULE, UNIT
	}

	/** A group of findings (a rule's or a unit's): its count first, its name where the list is widest. */
	public record Group(String label, List<FindingRecord> findings) implements FindingLabels.Labelled {
		@Override
		public String text(FindingLabels.Column column) {
			if (column == FindingLabels.SEVERITY) {
				return Messages.format("findings.groupCount", findings.size());
			}
			return column == FindingLabels.MESSAGE ? label : "";
		}

		@Override
		public String toString() {
			return label;
		}
	}

	private TreeViewer viewer;
	private Label summary;
	private Combo ruleCombo;
	private Combo severityCombo;
	private Combo statusCombo;
	private Combo regionCombo;
	private Combo roundingCombo;
	private Combo groupCombo;
	private Button provinceCheck;
	private final List<String> rules = new ArrayList<>();
	private final List<String> regions = new ArrayList<>();
	private Map<String, String> regionByUnit = Map.of();
	/** Rounding tails hidden unless the reviewer's preferences show them. */
	private FindingFilter filter = org.fiscallens.ui.preferences.ReviewerPreferences.showRounding()
			? FindingFilter.DEFAULT.withRounding(FindingFilter.Rounding.SHOW)
			: FindingFilter.DEFAULT;
	private Grouping grouping = Grouping.NONE;
	private boolean wholeProvince;
	private Object scope;
	private List<Group> groups = List.of();
	/** The order chosen by a column header, or null for severity, unit, line. */
	private Comparator<FindingRecord> order;
	private final Runnable onReviewChanged = this::reviewChanged;

	private final ISelectionListener selectionListener = (IWorkbenchPart part, ISelection s) -> {
		if (part == this || part instanceof FindingDetailsView) {
			return;
		}
		if (part instanceof ProvinceExplorerView) {
			setScope(s instanceof IStructuredSelection ss ? ss.getFirstElement() : null);
		} else if (s instanceof LocationSelection place) {
			setScope(place);
		} else if (part instanceof DisclosureEditor && s instanceof IStructuredSelection ss
				&& ss.getFirstElement() instanceof SubmissionEntry entry) {
			setScope(entry);
		} else if (!(part instanceof DisclosureEditor) && s instanceof IStructuredSelection ss && !ss.isEmpty()
				&& ss.toList().stream().allMatch(FindingRecord.class::isInstance)) {
			setScope(List.copyOf(ss.toList())); // e.g. the memo dashboard's bar: exactly those findings
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.verticalSpacing = 2;
		parent.setLayout(layout);
		createFilterBar(parent);
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new GroupedContent());
		List<Item> columns = FindingLabels.addColumns(viewer, FindingLabels.ALL);
		for (int i = 0; i < columns.size(); i++) {
			TreeColumn column = (TreeColumn) columns.get(i);
			Function<FindingRecord, String> text = FindingLabels.ALL.get(i).text();
			// a click on a header sorts by that column; a second click reverses
			column.addListener(SWT.Selection, e -> sortBy(column, text));
		}
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof FindingRecord f) {
				open(f);
			} else if (first != null) {
				viewer.setExpandedState(first, !viewer.getExpandedState(first));
			}
		});
		createContextMenu();
		getSite().getPage().addSelectionListener(selectionListener);
		ReviewSession.get().addListener(onReviewChanged);
		reviewChanged();
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.center = true;
		row.wrap = true;
		row.marginTop = 0;
		row.marginBottom = 0;
		bar.setLayout(row);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		provinceCheck = new Button(bar, SWT.CHECK);
		provinceCheck.setText(Messages.get("findings.wholeProvince"));
		provinceCheck.addListener(SWT.Selection, e -> setWholeProvince(provinceCheck.getSelection()));
		ruleCombo = combo(bar, "findings.filter.rule", 170);
		severityCombo = combo(bar, "findings.filter.severity", SWT.DEFAULT);
		severityCombo.add(Messages.get("findings.filter.all"));
		Arrays.stream(FindingSeverity.values()).forEach(s -> severityCombo.add(Messages.get("severity." + s.getLiteral())));
		statusCombo = combo(bar, "findings.filter.status", SWT.DEFAULT);
		statusCombo.add(Messages.get("findings.filter.all"));
		Arrays.stream(FindingStatus.values()).forEach(s -> statusCombo.add(FindingLabels.statusName(s)));
		regionCombo = combo(bar, "findings.filter.region", 150);
		roundingCombo = combo(bar, "findings.filter.rounding", SWT.DEFAULT);
		for (FindingFilter.Rounding r : FindingFilter.Rounding.values()) {
			roundingCombo.add(Messages.get("findings.rounding." + r.name().toLowerCase()));
		}
		groupCombo = combo(bar, "findings.groupBy", SWT.DEFAULT);
		for (Grouping g : Grouping.values()) {
			groupCombo.add(Messages.get("findings.group." + g.name().toLowerCase()));
		}
		severityCombo.select(0);
		statusCombo.select(0);
		roundingCombo.select(0);
		groupCombo.select(0);
		for (Combo c : List.of(ruleCombo, severityCombo, statusCombo, regionCombo, roundingCombo)) {
			c.addListener(SWT.Selection, e -> setFilter(filterFromBar()));
		}
		groupCombo.addListener(SWT.Selection, e -> setGrouping(Grouping.values()[groupCombo.getSelectionIndex()]));
	}

	/** A label and its combo, kept together when the bar wraps. */
	private static Combo combo(Composite bar, String label, int width) {
		Composite pair = new Composite(bar, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		pair.setLayout(layout);
		new Label(pair, SWT.NONE).setText(Messages.get(label));
		Combo combo = new Combo(pair, SWT.READ_ONLY);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
		data.widthHint = width; // rule ids and region paths can be long: the list shows them in full
		combo.setLayoutData(data);
		return combo;
	}

	private FindingFilter filterFromBar() {
		int rule = ruleCombo.getSelectionIndex();
		int severity = severityCombo.getSelectionIndex();
		int status = statusCombo.getSelectionIndex();
		int region = regionCombo.getSelectionIndex();
		return new FindingFilter(rule > 0 ? rules.get(rule - 1) : null,
				severity > 0 ? FindingSeverity.values()[severity - 1] : null,
				status > 0 ? FindingStatus.values()[status - 1] : null, region > 0 ? regions.get(region - 1) : null,
				FindingFilter.Rounding.values()[Math.max(0, roundingCombo.getSelectionIndex())]);
	}

	/** Shows the filter in the bar. */
	private void showFilter() {
		ruleCombo.select(filter.rule() == null ? 0 : rules.indexOf(filter.rule()) + 1);
		severityCombo.select(filter.severity() == null ? 0 : filter.severity().ordinal() + 1);
		statusCombo.select(filter.status() == null ? 0 : filter.status().ordinal() + 1);
		regionCombo.select(filter.region() == null ? 0 : regions.indexOf(filter.region()) + 1);
		roundingCombo.select(filter.rounding().ordinal());
		groupCombo.select(grouping.ordinal());
		provinceCheck.setSelection(wholeProvince);
	}

	/** The review opened or changed: the rules and regions to choose from, then the list. */
	private void reviewChanged() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Reviews reviews = ReviewSession.get().reviews();
		rules.clear();
		regions.clear();
		Map<String, String> byUnit = new HashMap<>();
		if (reviews != null) {
			rules.addAll(reviews.records().findings().stream().map(FindingRecord::getRule)
					.collect(Collectors.toCollection(TreeSet::new)));
			TreeSet<String> paths = new TreeSet<>();
			for (SubmissionEntry e : reviews.workspace().entries()) {
				byUnit.putIfAbsent(e.unitName(), e.regionPath());
				String path = e.regionPath();
				for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
					paths.add(path.substring(0, i));
				}
				if (!path.isEmpty()) {
					paths.add(path);
				}
			}
			regions.addAll(paths);
		}
		regionByUnit = byUnit;
		fill(ruleCombo, rules, Function.identity());
		fill(regionCombo, regions, p -> p.replace("/", " › "));
		showFilter();
		refresh();
		ruleCombo.getParent().getParent().layout(true, true);
	}

	private static void fill(Combo combo, List<String> values, Function<String, String> label) {
		combo.removeAll();
		combo.add(Messages.get("findings.filter.all"));
		values.forEach(v -> combo.add(label.apply(v)));
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		FindingStatusActions.fill(menu, this::selected, saved -> summary.setText(saved.getMessage()));
		menu.add(new Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS)); // 打开 (plugin.xml)
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
		getSite().registerContextMenu(menu, viewer);
	}

	/**
	 * Changes the status of findings and saves the review record (with the change in each finding's history), as one
	 * undoable edit; the review's change notice repaints this list and the open disclosure editors.
	 */
	public void setStatus(List<FindingRecord> findings, FindingStatus to, DismissReason reason) {
		IStatus saved = FindingStatusActions.apply(findings, to, reason);
		if (!saved.isOK()) {
			summary.setText(saved.getMessage());
		}
	}

	/** Opens the finding's document at what it points at (what a double-click does). */
	public DisclosureEditor open(FindingRecord finding) {
		try {
			return DisclosureEditor.open(getSite().getPage(), finding);
		} catch (org.eclipse.ui.PartInitException e) {
			summary.setText(e.getMessage());
			return null;
		}
	}

	/** The selected findings; a selected group stands for all its findings. */
	public List<FindingRecord> selected() {
		List<FindingRecord> result = new ArrayList<>();
		for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
			List<FindingRecord> add = o instanceof Group g ? g.findings() : o instanceof FindingRecord f ? List.of(f) : List.of();
			add.stream().filter(f -> !result.contains(f)).forEach(result::add);
		}
		return result;
	}

	/** Sorts the list by a column's text (as a header click does); sorting by the same column again reverses it. */
	public void sortBy(TreeColumn column, Function<FindingRecord, String> text) {
		org.eclipse.swt.widgets.Tree tree = viewer.getTree();
		int direction = tree.getSortColumn() == column && tree.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		tree.setSortColumn(column);
		tree.setSortDirection(direction);
		Comparator<FindingRecord> byText = Comparator.comparing(f -> String.valueOf(text.apply(f)));
		// the whole list is sorted before it is cut to what the tree shows
		order = direction == SWT.UP ? byText : byText.reversed();
		refresh();
	}

	/** Shows the findings of the current scope that pass the filter, grouped as asked. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (ReviewSession.get().reviews() == null) {
			// not "0 findings" while the review is being opened (the explorer may show the province already)
			groups = group(List.of());
			viewer.setInput(List.of());
			summary.setText(ReviewSession.get().notOpenText());
			summary.getParent().layout(true);
			return;
		}
		List<FindingRecord> before = selected();
		List<FindingRecord> shown = shownFindings();
		groups = group(shown);
		viewer.setInput(shown);
		List<FindingRecord> kept = before.stream().filter(shown::contains).toList();
		if (!kept.isEmpty() && grouping == Grouping.NONE) {
			viewer.setSelection(new StructuredSelection(kept), true);
		}
		long errors = shown.stream().filter(f -> f.getSeverity() == FindingSeverity.ERROR).count();
		boolean cut = grouping == Grouping.NONE ? shown.size() > LIMIT
				: groups.stream().anyMatch(g -> g.findings().size() > LIMIT);
		summary.setText(Messages.format("findings.summary", shown.size(), errors) + "　" + scopeText()
				+ (cut ? "　" + Messages.format("findings.limited", LIMIT) : ""));
		summary.getParent().layout(true);
	}

	private List<FindingRecord> shownFindings() {
		Reviews reviews = ReviewSession.get().reviews();
		if (reviews == null) {
			return List.of();
		}
		if (!wholeProvince && explicit() != null) {
			// exactly what was selected, in its order unless a column was chosen
			return order == null ? explicit() : explicit().stream().sorted(order).toList();
		}
		Comparator<FindingRecord> sorted = order != null ? order
				: Comparator.comparing((FindingRecord f) -> f.getSeverity().getValue())
						.thenComparing(FindingRecord::getUnitName).thenComparingInt(FindingLabels::firstLine);
		return scopedFindings(reviews.records()).stream().filter(f -> filter.test(f, this::regionOf)).sorted(sorted)
				.toList();
	}

	/**
	 * The findings of the scope, reading only its units' records: a unit's file holds its findings, and a province's
	 * every file is read only when the whole province is asked for (or nothing is selected).
	 */
	private List<FindingRecord> scopedFindings(ReviewRecords records) {
		if (wholeProvince || scope == null) {
			return records.findings();
		}
		if (scope instanceof SubmissionEntry e) {
			return records.findingsOf(e.unitName(), e.year(), e.kind());
		}
		if (scope instanceof Unit u) {
			return records.findingsOf(u.getName());
		}
		if (scope instanceof Region r) {
			return ProvinceContentProvider.unitNames(r).stream().flatMap(unit -> records.findingsOf(unit).stream()).toList();
		}
		return records.findings();
	}

	/** The findings another part selected (a place in a document, a memo dashboard's bar), or null. */
	@SuppressWarnings("unchecked")
	private List<FindingRecord> explicit() {
		if (scope instanceof LocationSelection place) {
			return place.findings();
		}
		return scope instanceof List<?> list ? (List<FindingRecord>) list : null;
	}

	private String scopeText() {
		if (wholeProvince || scope == null) {
			return Messages.get("findings.scope.province");
		}
		if (scope instanceof LocationSelection place) {
			return Messages.format("findings.scope.place", place.place());
		}
		if (scope instanceof List<?>) {
			return Messages.get("findings.scope.selected");
		}
		if (scope instanceof SubmissionEntry e) {
			return Messages.format("findings.scope.of", e.unitName() + " " + e.year());
		}
		if (scope instanceof Unit u) {
			return Messages.format("findings.scope.of", u.getName());
		}
		return scope instanceof Region r ? Messages.format("findings.scope.of", r.getName()) : "";
	}

	private List<Group> group(List<FindingRecord> shown) {
		if (grouping == Grouping.NONE) {
			return List.of();
		}
		Map<String, List<FindingRecord>> byKey = new LinkedHashMap<>();
		for (FindingRecord f : shown) {
			String key = grouping == Grouping.RULE ? f.getRule() + " " + nz(f.getTitle()) : f.getUnitName();
			byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
		}
		return byKey.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue())))
				.sorted(Comparator.comparing(Group::label)).toList();
	}

	private String regionOf(FindingRecord f) {
		return regionByUnit.get(f.getUnitName());
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	/** The findings listed (after scope and filter). */
	@SuppressWarnings("unchecked")
	public List<FindingRecord> shown() {
		return viewer.getInput() == null ? List.of() : (List<FindingRecord>) viewer.getInput();
	}

	/** The groups listed (empty when not grouped). */
	public List<Group> groups() {
		return groups;
	}

	public FindingFilter getFilter() {
		return filter;
	}

	/** Filters the list (as the filter bar does). */
	public void setFilter(FindingFilter newFilter) {
		filter = newFilter;
		showFilter();
		refresh();
	}

	/** Groups the list by rule or unit, or not. */
	public void setGrouping(Grouping newGrouping) {
		grouping = newGrouping;
		showFilter();
		refresh();
	}

	/** Lists the whole province's findings whatever is selected (or follows the selection again). */
	public void setWholeProvince(boolean province) {
		wholeProvince = province;
		showFilter();
		refresh();
	}

	/**
	 * Narrows the list to a region, unit or document (as selecting it in the explorer does), a place in a document, or
	 * exactly the given findings (a list); null for all.
	 */
	public void setScope(Object newScope) {
		scope = newScope;
		refresh();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/** Findings flat, or under their groups. */
	private final class GroupedContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			if (grouping != Grouping.NONE) {
				return groups.toArray();
			}
			return input instanceof List<?> list ? firstOf(list) : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Group g ? firstOf(g.findings()) : new Object[0];
		}

		private static Object[] firstOf(List<?> list) {
			return list.subList(0, Math.min(LIMIT, list.size())).toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Group g && !g.findings().isEmpty();
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(selectionListener);
		ReviewSession.get().removeListener(onReviewChanged);
		super.dispose();
	}
}
