package org.fiscallens.ui.operations;

import java.util.List;

import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingLocation;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.Messages;

/**
 * Records a finding the rules missed (confirmed). A manual finding is never deleted: undo withdraws it as 驳回（误报）
 * with a history entry, redo confirms it again.
 */
public class AddManualFindingOperation extends ReviewOperation {

	private final SubmissionEntry document;
	private final FindingSeverity severity;
	private final String message;
	private final List<FindingLocation> where;
	private String key;

	public AddManualFindingOperation(SubmissionEntry document, FindingSeverity severity, String message,
			List<FindingLocation> where) {
		super(Messages.get("op.manual"));
		this.document = document;
		this.severity = severity;
		this.message = message;
		this.where = where;
	}

	@Override
	protected void apply(ReviewRecords records, String who) {
		key = records.addManual(document, severity, message, where, who).getKey();
	}

	@Override
	protected void revert(ReviewRecords records, String who) {
		FindingRecord f = records.get(key);
		if (f != null) {
			records.setStatus(f, FindingStatus.DISMISSED, DismissReason.FALSE_POSITIVE, UNDONE + "人工发现", who);
		}
	}

	@Override
	protected void reapply(ReviewRecords records, String who) {
		FindingRecord f = records.get(key);
		if (f != null) {
			records.setStatus(f, FindingStatus.CONFIRMED, DismissReason.NONE, REDONE + "人工发现", who);
		}
	}

	/** The key of the manual finding once executed. */
	public String key() {
		return key;
	}
}
