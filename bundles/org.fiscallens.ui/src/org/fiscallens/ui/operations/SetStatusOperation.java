package org.fiscallens.ui.operations;

import java.util.ArrayList;
import java.util.List;

import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.ui.Messages;

/** Confirms, dismisses (with a reason) or reopens findings; undo restores each one's previous status and reason. */
public class SetStatusOperation extends ReviewOperation {

	private record Before(String key, FindingStatus status, DismissReason reason) {
	}

	private final List<Before> before = new ArrayList<>();
	private final FindingStatus to;
	private final DismissReason reason;

	public SetStatusOperation(List<FindingRecord> findings, FindingStatus to, DismissReason reason) {
		super(Messages.format("op.status", to.getLiteral()));
		for (FindingRecord f : findings) {
			before.add(new Before(f.getKey(), f.getStatus(), f.getDismissReason()));
		}
		this.to = to;
		this.reason = reason;
	}

	@Override
	protected void apply(ReviewRecords records, String who) {
		change(records, who, null);
	}

	@Override
	protected void reapply(ReviewRecords records, String who) {
		change(records, who, REDONE);
	}

	private void change(ReviewRecords records, String who, String comment) {
		for (Before b : before) {
			FindingRecord f = records.get(b.key());
			if (f != null) {
				records.setStatus(f, to, reason, comment, who);
			}
		}
	}

	@Override
	protected void revert(ReviewRecords records, String who) {
		for (Before b : before) {
			FindingRecord f = records.get(b.key());
			if (f != null) {
				records.setStatus(f, b.status(), b.reason(), UNDONE, who);
			}
		}
	}
}
