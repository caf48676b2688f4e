package org.fiscallens.ui.views;

import java.util.Map;

import org.eclipse.jface.viewers.LabelProvider;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Region;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.Messages;

/** Region names; units with their unresolved errors and warnings; documents as year, kind and scope. */
public class ProvinceLabelProvider extends LabelProvider {

	private final Reviews reviews;

	public ProvinceLabelProvider(Reviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof Region r) {
			return r.getName();
		}
		if (element instanceof Unit u) {
			Map<FindingSeverity, Integer> open = reviews.openFindings(u.getName());
			int errors = open.getOrDefault(FindingSeverity.ERROR, 0);
			int warnings = open.getOrDefault(FindingSeverity.WARNING, 0);
			String label = errors + warnings == 0 ? u.getName()
					: u.getName() + " " + Messages.format("explorer.counts", errors, warnings);
			// assignment(): without reading every unit's record, as model() would
			return java.util.Optional.ofNullable(reviews.records().assignment(u.getName()))
					.map(a -> label + " [" + Messages.get("unitStatus." + a.getStatus().getName())
							+ (a.getReviewer() == null ? "" : " · " + a.getReviewer()) + "]")
					.orElse(label);
		}
		if (element instanceof SubmissionEntry e) {
			return e.year() + " " + Messages.get(e.kind() == DisclosureKind.BUDGET ? "status.budget" : "status.final")
					+ " · " + Messages.get(e.scope() == Scope.DEPARTMENT ? "scope.department" : "scope.unit");
		}
		return super.getText(element);
	}
}
