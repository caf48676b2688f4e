package org.fiscallens.rules.interpreter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Submission;

/**
 * The other documents a rule may refer to: the same unit's previous year, its budget for the same year, a department's
 * member units. When a document is not in the set, the rule that needs it is not applicable.
 */
public interface DocumentSet {

	/** The submission of this unit, year and kind, if the set has it. */
	Optional<Submission> find(String unitName, int year, DisclosureKind kind);

	/** The member units' submissions of a department's submission (same year and kind). */
	List<Submission> members(Submission department);

	/** The department submission a unit's submission belongs to. */
	Optional<Submission> department(Submission unit);

	/**
	 * The documents of a department's member units (of the department's year and kind), as {@code documentOf} finds
	 * them by unit name: all of them or none, because a sum over some of the units would not be the department's.
	 */
	static List<Submission> allMembers(List<String> memberNames, Function<String, Optional<Submission>> documentOf) {
		List<Submission> members = new ArrayList<>(memberNames.size());
		for (String name : memberNames) {
			Optional<Submission> member = documentOf.apply(name);
			if (member.isEmpty()) {
				return List.of();
			}
			members.add(member.get());
		}
		return members;
	}

	DocumentSet NONE = new DocumentSet() {
		@Override
		public Optional<Submission> find(String unitName, int year, DisclosureKind kind) {
			return Optional.empty();
		}

		@Override
		public List<Submission> members(Submission department) {
			return List.of();
		}

		@Override
		public Optional<Submission> department(Submission unit) {
			return Optional.empty();
		}
	};
}
