package org.fiscallens.ui.views;

import java.text.SimpleDateFormat;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.fiscallens.model.review.Comment;
import org.fiscallens.model.review.FindingLocation;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.HistoryEntry;
import org.fiscallens.review.Reviews;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.ReviewSession;

/**
 * The selected finding explained — rule, expected formula with its values, actual value, difference, rationale, every
 * location — with its comments and history, and a field to add a comment (saved at once).
 */
public class FindingDetailsView extends ViewPart {

	public static final String ID = "org.fiscallens.ui.views.findingDetails";

	private Text details;
	private Text comment;
	private Button add;
	private FindingRecord finding;

	private final ISelectionListener findingsSelection = (part, selection) -> {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof FindingRecord f) {
			show(f);
		}
	};

	/** An edit, its undo or a re-check changed the record: show the finding's current status, comments and history. */
	private final Runnable onReviewChanged = () -> {
		if (details != null && !details.isDisposed() && finding != null) {
			Reviews reviews = ReviewSession.get().reviews();
			FindingRecord current = reviews == null ? null : reviews.records().get(finding.getKey());
			show(current);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		details = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		comment = new Text(parent, SWT.SINGLE | SWT.BORDER);
		comment.setMessage(Messages.get("details.commentHint"));
		comment.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		add = new Button(parent, SWT.PUSH);
		add.setText(Messages.get("details.addComment"));
		add.addListener(SWT.Selection, e -> addComment(comment.getText()));
		// findings selected anywhere: the findings view, a disclosure editor, the memo dashboard
		getSite().getPage().addSelectionListener(findingsSelection);
		ReviewSession.get().addListener(onReviewChanged);
		show(null);
	}

	/** Shows a finding (or nothing). */
	public void show(FindingRecord f) {
		finding = f;
		add.setEnabled(f != null);
		if (f == null) {
			details.setText(Messages.get("details.none"));
			return;
		}
		SimpleDateFormat time = new SimpleDateFormat("yyyy-MM-dd HH:mm");
		StringBuilder s = new StringBuilder();
		s.append(f.getTitle()).append("\n\n");
		s.append(Messages.get("details.rule")).append(f.getRule()).append("　")
				.append(Messages.get("severity." + f.getSeverity().getLiteral()))
				.append(f.isRounding() ? Messages.get("findings.roundingMark") : "").append("　")
				.append(f.getStatus().getLiteral()).append('\n');
		s.append(f.getMessage()).append("\n\n");
		if (f.getExpected() != null) {
			s.append(Messages.get("details.expected")).append(f.getExpected()).append('\n');
			s.append(Messages.get("details.actual")).append(f.getActual()).append('\n');
			s.append(Messages.get("details.difference")).append(f.getDifference()).append('\n');
		}
		if (f.getRationale() != null) {
			s.append(Messages.get("details.rationale")).append(f.getRationale()).append('\n');
		}
		s.append('\n').append(Messages.get("details.where")).append('\n');
		for (FindingLocation l : f.getLocations()) {
			s.append("　").append(f.getFile()).append(" : ").append(l.getLine()).append("　")
					.append(l.getTable() != null ? l.getTable() + " " + nz(l.getRow()) + " " + nz(l.getColumn())
							: nz(l.getSection()))
					.append('\n');
		}
		if (!f.getComments().isEmpty()) {
			s.append('\n').append(Messages.get("details.comments")).append('\n');
			for (Comment c : f.getComments()) {
				s.append("　").append(time.format(c.getTime())).append(' ').append(c.getAuthor()).append("：")
						.append(c.getText()).append('\n');
			}
		}
		if (!f.getHistory().isEmpty()) {
			s.append('\n').append(Messages.get("details.history")).append('\n');
			for (HistoryEntry h : f.getHistory()) {
				s.append("　").append(time.format(h.getTime())).append(' ').append(h.getAuthor()).append("：")
						.append(h.getFrom().getLiteral()).append(" → ").append(h.getTo().getLiteral());
				if (!h.getReason().getLiteral().isEmpty()) {
					s.append("（").append(h.getReason().getLiteral()).append("）");
				}
				if (h.getComment() != null) {
					s.append("　").append(h.getComment());
				}
				s.append('\n');
			}
		}
		details.setText(s.toString());
	}

	/** Adds a reviewer's comment to the shown finding and saves the review record. */
	public void addComment(String text) {
		Reviews reviews = ReviewSession.get().reviews();
		if (finding == null || reviews == null || text == null || text.isBlank()) {
			return;
		}
		// undoable (Edit › 撤销), saved at once
		org.eclipse.core.runtime.IStatus saved = org.fiscallens.ui.operations.ReviewOperation
				.run(new org.fiscallens.ui.operations.AddCommentOperation(finding, text.trim()));
		if (!saved.isOK()) {
			details.setText(saved.getMessage());
			return;
		}
		comment.setText("");
		show(finding);
	}

	/** The view's area (for screenshots). */
	public org.eclipse.swt.widgets.Control getControl() {
		return details.getParent();
	}

	public String getText() {
		return details.getText();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	@Override
	public void setFocus() {
		details.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(findingsSelection);
		ReviewSession.get().removeListener(onReviewChanged);
		super.dispose();
	}
}
