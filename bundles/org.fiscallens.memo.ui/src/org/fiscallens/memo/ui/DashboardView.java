package org.fiscallens.memo.ui;

import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.fiscallens.memo.MemoExporter;
import org.fiscallens.memo.MemoOptions;
import org.fiscallens.memo.MemoScope;
import org.fiscallens.memo.facts.Summary;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.ReviewRecord;
import org.fiscallens.review.Reviews;
import org.fiscallens.ui.PartSelection;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.views.FindingsView;

/**
 * The province's review at a glance, with the charts of the 检查情况通报 (findings by category and by region, stacked
 * by severity) and the progress of the review. It follows the review as it goes on: every change of a finding's
 * status redraws it. A click on a bar publishes the findings behind it as the selection (FindingRecords) and shows
 * the findings view.
 */
public class DashboardView extends ViewPart {

	public static final String ID = "org.fiscallens.memo.ui.dashboard";

	static {
		// the charts are drawn by Java2D into images: no AWT window, so no AWT toolkit next to SWT's
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	private Label progress;
	private Button draft;
	private ChartCanvas byCategory;
	private ChartCanvas byRegion;
	private Summary summary;
	/** The findings of the last bar clicked. */
	private final PartSelection selection = new PartSelection();
	private final Runnable onReviewChanged = this::reviewChanged;
	private ReviewRecord watched;
	private final java.util.concurrent.atomic.AtomicBoolean refreshPending = new java.util.concurrent.atomic.AtomicBoolean();
	/** Any change of a finding (status, a new finding) schedules one redraw. */
	private final AdapterImpl findingsChanged = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification n) {
			if (!n.isTouch()) {
				scheduleRefresh();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, true));
		progress = new Label(parent, SWT.WRAP);
		progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		draft = new Button(parent, SWT.CHECK);
		draft.setText(MemoTexts.get("dashboard.draft"));
		draft.setSelection(true);
		draft.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		draft.addListener(SWT.Selection, e -> refresh());
		byCategory = new ChartCanvas(parent);
		byCategory.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		byRegion = new ChartCanvas(parent);
		byRegion.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		byCategory.onBar(this::showFindings);
		byRegion.onBar(this::showFindings);
		byCategory.setToolTipText(MemoTexts.get("dashboard.hint"));
		byRegion.setToolTipText(MemoTexts.get("dashboard.hint"));
		getSite().setSelectionProvider(selection);
		ReviewSession.get().addListener(onReviewChanged);
		reviewChanged();
	}

	private void reviewChanged() {
		Reviews reviews = ReviewSession.get().reviews();
		ReviewRecord record = reviews == null ? null : reviews.records().model();
		if (record != watched) {
			unwatch();
			watched = record;
			if (record != null) {
				record.eAdapters().add(findingsChanged);
				record.getFindings().forEach(f -> f.eAdapters().add(findingsChanged));
			}
		}
		refresh();
	}

	private void unwatch() {
		if (watched != null) {
			watched.eAdapters().remove(findingsChanged);
			watched.getFindings().forEach(f -> f.eAdapters().remove(findingsChanged));
		}
	}

	private void scheduleRefresh() {
		if (progress == null || progress.isDisposed() || !refreshPending.compareAndSet(false, true)) {
			return;
		}
		// the record also changes in background jobs (import, re-check): SWT timers may only be set in the UI thread
		org.eclipse.swt.widgets.Display display = progress.getDisplay();
		Runnable later = () -> display.timerExec(300, this::refreshAfterChanges);
		if (org.eclipse.swt.widgets.Display.getCurrent() == display) {
			later.run();
		} else {
			display.asyncExec(later);
		}
	}

	private void refreshAfterChanges() {
		if (progress == null || progress.isDisposed()) {
			return;
		}
		if (ReviewSession.get().busy()) {
			// an import or re-check is still adding findings: look again when it has finished
			progress.getDisplay().timerExec(300, this::refreshAfterChanges);
			return;
		}
		refreshPending.set(false);
		if (watched != null) {
			// findings added since (a re-import) get watched too
			watched.getFindings().stream().filter(f -> !f.eAdapters().contains(findingsChanged))
					.forEach(f -> f.eAdapters().add(findingsChanged));
		}
		refresh();
	}

	/** Recounts the review and redraws the charts. */
	public void refresh() {
		if (progress == null || progress.isDisposed()) {
			return;
		}
		Reviews reviews = ReviewSession.get().reviews();
		if (reviews == null) {
			progress.setText(MemoTexts.get("dashboard.opening"));
			return;
		}
		summary = new MemoExporter(reviews, MemoOptions.defaults().withDraft(draft.getSelection()))
				.summary(new MemoScope.Province());
		Summary.Progress p = summary.progress();
		progress.setText(MemoTexts.format("dashboard.progress", summary.units(), p.findings(), p.open(),
				p.confirmed(), p.dismissed(), p.corrected(), p.decidedPercent())
				+ (summary.reported() == 0 ? "　" + MemoTexts.get("dashboard.empty") : ""));
		byCategory.setData(summary.categoryChart());
		byRegion.setData(summary.regionChart());
		progress.getParent().layout();
	}

	/** The summary the charts show (for tests and the export wizard). */
	public Summary getSummary() {
		return summary;
	}

	ChartCanvas categoryCanvas() {
		return byCategory;
	}

	ChartCanvas regionCanvas() {
		return byRegion;
	}

	/** Publishes the findings of a bar as the selection and shows them in the findings view. */
	void showFindings(String label, List<FindingRecord> findings) {
		IWorkbenchPage page = getSite().getPage();
		try {
			// shown first, so that a findings view opened now already listens when the selection arrives
			page.showView(FindingsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			progress.setText(e.getMessage());
		}
		selection.setSelection(new StructuredSelection(findings));
		setContentDescription(label + "：" + findings.size());
	}

	@Override
	public void setFocus() {
		byCategory.setFocus();
	}

	@Override
	public void dispose() {
		ReviewSession.get().removeListener(onReviewChanged);
		unwatch();
		super.dispose();
	}
}
