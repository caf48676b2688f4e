package org.fiscallens.review;

import java.util.List;

import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.review.regions.DepartmentMembers;
import org.fiscallens.review.regions.Gazetteer;
import org.fiscallens.review.regions.RegionResolver;

/**
 * The member units a department's document names, as an import into a review workspace links them, for checks made
 * outside a workspace ({@code ./fiscallens check}). Thread-safe: the region look-ups only read.
 */
public final class DepartmentMemberNames {

	private final RegionResolver regions = new RegionResolver(Gazetteer.standard());

	/** The names of the units the document says the department consolidates; none for a unit's document. */
	public List<String> of(Submission department, byte[] bytes) {
		return DepartmentMembers.of(department, bytes, regions);
	}
}
