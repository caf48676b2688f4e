package org.fiscallens.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.model.review.FindingLocation;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.PartSelection;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.operations.AddManualFindingOperation;
import org.fiscallens.ui.operations.ReviewOperation;

/**
 * A disclosure of the review workspace, opened from the explorer or from a finding: one page per table (the grid as
 * printed, cells with findings coloured by severity), the 情况说明 with its claims highlighted, the original text with
 * line numbers, and the document's findings. Selection goes both ways: a finding selected anywhere selects its cells,
 * claims and line here; a cell, claim or line selected here is published as a {@link LocationSelection} of its
 * findings, which the findings view lists. Pages are built when first shown, so the editor opens at the cost of one.
 */
public class DisclosureEditor extends MultiPageEditorPart {

	public static final String ID = "org.fiscallens.ui.editors.disclosure";

	/** How long opening took, in milliseconds: loading the document, placing its findings, building the editor. */
	public record Timing(String document, long load, long findings, long pages, long total) {
		@Override
		public String toString() {
			return document + ": " + total + " ms (load " + load + ", findings " + findings + ", pages " + pages + ")";
		}
	}

	private static volatile Timing lastOpen;

	private SubmissionEntry entry;
	private Submission document;
	private DocumentSource source = new DocumentSource(List.of(), null);
	private DocumentFindings findings;
	private Set<FindingRecord> own = Set.of();
	private final List<TablePage> tablePages = new ArrayList<>();
	private NarrativePage narrativePage;
	private SourcePage sourcePage;
	private FindingsPage findingsPage;
	/** The editor's selection: the document itself until a place in it is selected. */
	private final PartSelection selections = new PartSelection();
	/** Set while the editor selects things itself, so those selections are not published back. */
	private boolean revealing;
	/** The finding last revealed: pages built later select it too. */
	private FindingRecord revealed;
	private Timing timing;
	private boolean timed;
	/** Restored before the review opened: the pages are built when it has. */
	private boolean waiting;
	private final Runnable onReviewChanged = this::refreshFindings;

	private final ISelectionListener otherSelections = (IWorkbenchPart part, ISelection selection) -> {
		if (part == this || part instanceof DisclosureEditor || selection instanceof LocationSelection
				|| !(selection instanceof IStructuredSelection s) || findings == null) {
			return;
		}
		for (Object o : s.toList()) {
			if (o instanceof FindingRecord f && own.contains(f)) {
				reveal(f, true);
				return;
			}
		}
	};

	/** Opens a workspace document in its editor (or brings its open editor to the front). */
	public static DisclosureEditor open(IWorkbenchPage page, SubmissionEntry entry) throws PartInitException {
		long start = System.nanoTime();
		if (!page.isEditorAreaVisible()) {
			page.setEditorAreaVisible(true); // layouts saved before the editor existed hid the editor area
		}
		IEditorPart part = page.openEditor(new DisclosureEditorInput(entry), ID, true);
		if (part instanceof DisclosureEditor editor) {
			editor.opened(start);
			return editor;
		}
		return null;
	}

	/** Opens a finding's document at what it points at. */
	public static DisclosureEditor open(IWorkbenchPage page, FindingRecord finding) throws PartInitException {
		Reviews reviews = ReviewSession.get().reviews();
		if (reviews == null) {
			return null;
		}
		SubmissionEntry entry = reviews.workspace().entries().stream()
				.filter(e -> e.id().equals(finding.getSubmissionId())).findFirst()
				.orElseGet(() -> reviews.workspace().entries().stream()
						.filter(e -> e.unitName().equals(finding.getUnitName()) && e.year() == finding.getYear()
								&& e.kind().getLiteral().equals(finding.getKind()))
						.findFirst().orElse(null));
		if (entry == null) {
			return null;
		}
		DisclosureEditor editor = open(page, entry);
		if (editor != null) {
			editor.reveal(finding, true);
		}
		return editor;
	}

	/** The timing of the last editor opened (for benches and notes; never asserted). */
	public static Timing lastOpen() {
		return lastOpen;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DisclosureEditorInput in)) {
			throw new PartInitException("not a workspace document: " + input);
		}
		super.init(site, input);
		entry = in.entry();
		site.setSelectionProvider(selections);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	protected void createPages() {
		getSite().getPage().addSelectionListener(otherSelections);
		ReviewSession.get().addListener(onReviewChanged);
		if (ReviewSession.get().reviews() == null) {
			// restored at start-up, before the review has opened: the pages come when it has
			waiting = true;
			message(Messages.get("explorer.loading"));
			return;
		}
		buildPages(ReviewSession.get().reviews());
	}

	private void message(String text) {
		Label label = new Label(getContainer(), SWT.WRAP);
		label.setText(text);
		addPage(label);
	}

	private void buildPages(Reviews reviews) {
		long start = System.nanoTime();
		try {
			document = reviews.workspace().load(entry.id());
		} catch (RuntimeException e) {
			// a damaged workspace file, or a document no longer in the review: say which; the others still open
			message(Messages.format("editor.cannotOpen", entry.sourcePath(), e.getMessage()));
			return;
		}
		long loaded = System.nanoTime();
		source = DocumentSource.read(document, entry.sourcePath());
		placeFindings(reviews);
		long placed = System.nanoTime();
		for (Table table : document.getTables()) {
			TablePage page = new TablePage(this, getContainer(), table);
			tablePages.add(page);
			setPageText(addPage(page.control()), DocumentFindings.code(table));
		}
		narrativePage = new NarrativePage(this, getContainer());
		setPageText(addPage(narrativePage.control()), Messages.get("editor.page.narrative"));
		sourcePage = new SourcePage(this, getContainer());
		setPageText(addPage(sourcePage.control()), Messages.get("editor.page.source"));
		findingsPage = new FindingsPage(this, getContainer());
		setPageText(addPage(findingsPage.control()), Messages.format("editor.page.findings", findings.all().size()));
		build(0);
		long built = System.nanoTime();
		timing = new Timing(entry.unitName() + " " + entry.year() + " " + entry.kind().getLiteral(),
				millis(start, loaded), millis(loaded, placed), millis(placed, built), millis(start, built));
		selections.initialize(new StructuredSelection(entry));
	}

	private void placeFindings(Reviews reviews) {
		List<FindingRecord> list = reviews.records().findingsOf(entry.unitName(), entry.year(), entry.kind());
		findings = new DocumentFindings(document, list);
		Set<FindingRecord> set = Collections.newSetFromMap(new IdentityHashMap<>());
		set.addAll(list);
		own = set;
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/** Called by {@link #open} with the time the open started: logs how long it took until the editor was built. */
	private void opened(long start) {
		if (timing != null && !timed) {
			timed = true;
			Timing total = new Timing(timing.document(), timing.load(), timing.findings(), timing.pages(),
					millis(start, System.nanoTime()));
			timing = total;
			lastOpen = total;
			Platform.getLog(DisclosureEditor.class).info("disclosure editor opened " + total);
		}
	}

	public Timing timing() {
		return timing;
	}

	@Override
	protected void pageChange(int newPageIndex) {
		build(newPageIndex);
		super.pageChange(newPageIndex);
	}

	/** Builds a page when it is first shown, selecting the finding last revealed. */
	private void build(int index) {
		if (index < 0 || document == null) {
			return;
		}
		boolean was = revealing;
		revealing = true;
		try {
			List<Object> targets = revealed == null ? List.of() : findings.targetsOf(revealed);
			if (index < tablePages.size()) {
				TablePage page = tablePages.get(index);
				if (!page.isCreated()) {
					page.create();
					page.select(targets);
				}
			} else if (index == tablePages.size() && !narrativePage.isCreated()) {
				narrativePage.create();
				narrativePage.select(targets);
			} else if (index == tablePages.size() + 1 && !sourcePage.isCreated()) {
				sourcePage.create();
				sourcePage.select(lines(revealed));
			} else if (index == tablePages.size() + 2 && !findingsPage.isCreated()) {
				findingsPage.create();
				if (revealed != null) {
					findingsPage.select(revealed);
				}
			}
		} finally {
			revealing = was;
		}
	}

	/**
	 * Selects what a finding points at on every page built so far (cells, claims, its first line, the finding itself);
	 * with {@code showPage}, also shows the page of its first table cell, else of its claim, else its source line.
	 */
	public void reveal(FindingRecord finding, boolean showPage) {
		if (findings == null || !own.contains(finding)) {
			return;
		}
		boolean was = revealing;
		revealing = true;
		revealed = finding;
		try {
			List<Object> targets = findings.targetsOf(finding);
			int show = -1;
			for (int i = 0; i < tablePages.size(); i++) {
				TablePage page = tablePages.get(i);
				boolean here = targets.stream().anyMatch(t -> tableOf(t) == page.table());
				if (here && show < 0) {
					show = i;
				}
				if (here && (page.isCreated() || (showPage && show == i))) {
					page.select(targets);
				}
			}
			boolean claim = targets.stream().anyMatch(Claim.class::isInstance);
			if (claim && show < 0) {
				show = tablePages.size();
			}
			if (narrativePage.isCreated() || (showPage && show == tablePages.size())) {
				narrativePage.select(targets);
			}
			if (show < 0) {
				show = tablePages.size() + 1;
			}
			if (sourcePage.isCreated() || (showPage && show == tablePages.size() + 1)) {
				sourcePage.select(lines(finding));
			}
			if (findingsPage.isCreated()) {
				findingsPage.select(finding);
			}
			if (showPage && getActivePage() != show) {
				setActivePage(show);
			}
		} finally {
			revealing = was;
		}
	}

	private static Table tableOf(Object target) {
		if (target instanceof org.fiscallens.model.disclosure.Cell c
				&& c.eContainer() instanceof org.fiscallens.model.disclosure.Row r) {
			return r.getTable();
		}
		return target instanceof org.fiscallens.model.disclosure.Row r ? r.getTable() : null;
	}

	private static List<Integer> lines(FindingRecord f) {
		return f == null ? List.of()
				: f.getLocations().stream().map(FindingLocation::getLine).filter(l -> l > 0).toList();
	}

	/** A reviewer selected a grid position on a table page. */
	void selectedInTable(TablePage page, int column, int row) {
		if (!revealing) {
			publish(new LocationSelection(entry.id(), page.place(column, row), page.findingsAt(column, row)));
		}
	}

	/** A reviewer put the caret on a claim of the narrative. */
	void selectedClaim(Claim claim) {
		if (!revealing) {
			publish(new LocationSelection(entry.id(),
					Messages.format("editor.place.claim", claim.getLine(), claim.getRaw()), findings.of(claim)));
		}
	}

	/** A reviewer put the caret on a line of the source. */
	void selectedLine(int line) {
		if (!revealing) {
			publish(new LocationSelection(entry.id(), Messages.format("editor.place.line", line),
					findings.atLine(line)));
		}
	}

	/** A reviewer selected findings on the findings page: their places are selected on the other pages. */
	void selectedFindings(List<FindingRecord> selected) {
		if (!revealing && !selected.isEmpty()) {
			reveal(selected.get(0), false);
			publish(new StructuredSelection(selected));
		}
	}

	private void publish(ISelection selection) {
		selections.setSelection(selection);
	}

	/** Says what went wrong above the pages (an edit that could not be saved). */
	void problem(String message) {
		setContentDescription(message);
	}

	/** Records a finding the rules missed, on a place of this document, as an undoable edit saved at once. */
	boolean addManualFinding(int line, String table, String row, String column, String message) {
		if (ReviewSession.get().reviews() == null || message == null || message.isBlank()) {
			return false;
		}
		IStatus saved = ReviewOperation.run(new AddManualFindingOperation(entry, FindingSeverity.ERROR, message.trim(),
				List.of(ReviewRecords.location(line, table, row, column, null))));
		if (!saved.isOK()) {
			problem(saved.getMessage());
		}
		return saved.isOK();
	}


	/** Places the findings again and repaints (the review changed: statuses, new findings). */
	public void refreshFindings() {
		Reviews reviews = ReviewSession.get().reviews();
		if (reviews == null || getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (waiting) {
			waiting = false;
			removePage(0);
			buildPages(reviews);
			setActivePage(0);
			return;
		}
		if (document == null) {
			return;
		}
		placeFindings(reviews);
		tablePages.forEach(TablePage::refresh);
		narrativePage.restyle();
		sourcePage.refresh();
		findingsPage.refresh();
		setPageText(tablePages.size() + 2, Messages.format("editor.page.findings", findings.all().size()));
	}

	/** Shows the page of a table (by code, e.g. 公开01) and returns it, or null when the document has none. */
	public TablePage showTable(String code) {
		for (int i = 0; i < tablePages.size(); i++) {
			if (code.equals(DocumentFindings.code(tablePages.get(i).table()))) {
				setActivePage(i);
				return tablePages.get(i);
			}
		}
		return null;
	}

	public void showNarrative() {
		setActivePage(tablePages.size());
	}

	public void showSource() {
		setActivePage(tablePages.size() + 1);
	}

	public void showFindings() {
		setActivePage(tablePages.size() + 2);
	}

	/** The table page shown, or null when another page is. */
	public TablePage activeTablePage() {
		int page = getActivePage();
		return page >= 0 && page < tablePages.size() ? tablePages.get(page) : null;
	}

	public List<TablePage> tablePages() {
		return List.copyOf(tablePages);
	}

	public NarrativePage narrativePage() {
		return narrativePage;
	}

	public SourcePage sourcePage() {
		return sourcePage;
	}

	public FindingsPage findingsPage() {
		return findingsPage;
	}

	public SubmissionEntry entry() {
		return entry;
	}

	/** The document shown (null until the review is open). */
	public Submission getSubmission() {
		return document;
	}

	Submission document() {
		return document;
	}

	DocumentSource source() {
		return source;
	}

	public DocumentFindings findings() {
		return findings;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only: reviewers' decisions are saved in the review record as they are made
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(otherSelections);
		ReviewSession.get().removeListener(onReviewChanged);
		super.dispose();
	}
}
