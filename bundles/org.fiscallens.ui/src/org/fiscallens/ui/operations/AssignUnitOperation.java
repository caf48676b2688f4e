package org.fiscallens.ui.operations;

import java.util.Optional;

import org.fiscallens.model.review.Assignment;
import org.fiscallens.model.review.UnitReviewStatus;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.ui.Messages;

/** Sets who reviews a unit and how far the unit's review is (未审/审核中/已审); undo restores the previous state. */
public class AssignUnitOperation extends ReviewOperation {

	private final String unitName;
	private final String reviewer;
	private final UnitReviewStatus status;
	private boolean hadAssignment;
	private String previousReviewer;
	private UnitReviewStatus previousStatus;

	public AssignUnitOperation(String unitName, String reviewer, UnitReviewStatus status) {
		super(Messages.format("op.assign", Messages.get("unitStatus." + status.getName())));
		this.unitName = unitName;
		this.reviewer = reviewer;
		this.status = status;
	}

	@Override
	protected void apply(ReviewRecords records, String who) {
		Optional<Assignment> old = find(records);
		hadAssignment = old.isPresent();
		previousReviewer = old.map(Assignment::getReviewer).orElse(null);
		previousStatus = old.map(Assignment::getStatus).orElse(UnitReviewStatus.NOT_STARTED);
		records.assign(unitName, reviewer, status);
	}

	@Override
	protected void reapply(ReviewRecords records, String who) {
		records.assign(unitName, reviewer, status);
	}

	@Override
	protected void revert(ReviewRecords records, String who) {
		if (hadAssignment) {
			records.assign(unitName, previousReviewer, previousStatus);
		} else {
			records.model().getAssignments().removeIf(a -> a.getUnitName().equals(unitName));
		}
	}

	/** The unit's assignment in a record, if it has one. */
	public static Optional<Assignment> find(ReviewRecords records, String unitName) {
		return records.model().getAssignments().stream().filter(a -> a.getUnitName().equals(unitName)).findFirst();
	}

	private Optional<Assignment> find(ReviewRecords records) {
		return find(records, unitName);
	}
}
