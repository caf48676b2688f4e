package org.fiscallens.ui.operations;

import org.fiscallens.model.review.Comment;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.ui.Messages;

/**
 * Adds a reviewer's comment to a finding. Undo withdraws the comment and notes the withdrawal (with its text) in the
 * finding's history, so the trail keeps what was said.
 */
public class AddCommentOperation extends ReviewOperation {

	private final String key;
	private final String text;
	private Comment added;

	public AddCommentOperation(FindingRecord finding, String text) {
		super(Messages.get("op.comment"));
		this.key = finding.getKey();
		this.text = text;
	}

	@Override
	protected void apply(ReviewRecords records, String who) {
		FindingRecord f = records.get(key);
		if (f != null) {
			records.comment(f, text, who);
			added = f.getComments().get(f.getComments().size() - 1);
		}
	}

	@Override
	protected void revert(ReviewRecords records, String who) {
		FindingRecord f = records.get(key);
		if (f != null && added != null) {
			f.getComments().remove(added);
			records.setStatus(f, f.getStatus(), f.getDismissReason(), UNDONE + "审核意见：" + text, who);
		}
	}
}
