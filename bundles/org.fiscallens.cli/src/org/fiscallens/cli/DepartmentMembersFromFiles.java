package org.fiscallens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.review.DepartmentMemberNames;

/**
 * The member units a department's document names in its 概况, read from its file as a review workspace's import links
 * them, so that a check outside a workspace compares each department with its units (部门 = Σ 所属单位). Thread-safe:
 * the streaming check asks on its importing threads.
 */
public final class DepartmentMembersFromFiles implements BiFunction<Path, Submission, List<String>> {

	private final DepartmentMemberNames names = new DepartmentMemberNames();

	@Override
	public List<String> apply(Path file, Submission submission) {
		if (submission.getScope() != Scope.DEPARTMENT || file == null) {
			return List.of();
		}
		try {
			return names.of(submission, Files.readAllBytes(file));
		} catch (IOException e) {
			return List.of(); // gone since it was imported: checked as a unit, its sums over members not applicable
		}
	}
}
