package org.fiscallens.rules.ui.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.rules.ui.LibraryValidation;
import org.fiscallens.rules.ui.Messages;
import org.fiscallens.rules.ui.RuleFolders;
import org.fiscallens.rules.ui.editor.RuleEditorInput;

/** Builds the explorer's tree: the standard library by folder (final/, budget/, tests/), then the user's folder. */
final class RuleTreeBuilder {

	private RuleTreeBuilder() {
	}

	static List<RuleTreeNode> build() {
		List<RuleTreeNode> roots = new ArrayList<>();
		roots.add(new RuleTreeNode.Library(Messages.get("explorer.standard"), standard()));
		Path userFolder = RuleFolders.userFolder();
		Map<String, RuleEditorInput> byName = new LinkedHashMap<>();
		for (Path file : RuleFolders.userFiles()) {
			RuleEditorInput input = RuleEditorInput.ofUserFile(file);
			byName.put(userFolder.relativize(file.toAbsolutePath()).toString().replace('\\', '/'), input);
		}
		roots.add(new RuleTreeNode.Library(Messages.format("explorer.user", userFolder), grouped(byName)));
		return roots;
	}

	private static List<RuleTreeNode> standard() {
		Map<String, RuleEditorInput> byName = new LinkedHashMap<>();
		try {
			for (RuleSource source : RuleLibrary.standardSources()) {
				byName.put(source.name().substring("standard/".length()), RuleEditorInput.ofStandard(source));
			}
		} catch (IOException e) {
			// no standard bundle in this runtime: the node stays empty
		}
		return grouped(byName);
	}

	/** Files by their first folder ("final/1-table-sums.flr" under "final"); files at the top stay at the top. */
	private static List<RuleTreeNode> grouped(Map<String, RuleEditorInput> byRelativeName) {
		Map<String, List<RuleTreeNode>> folders = new LinkedHashMap<>();
		List<RuleTreeNode> top = new ArrayList<>();
		byRelativeName.forEach((name, input) -> {
			int slash = name.indexOf('/');
			RuleTreeNode.File file = new RuleTreeNode.File(withProblems(name.substring(slash + 1), input), input);
			if (slash < 0) {
				top.add(file);
			} else {
				folders.computeIfAbsent(name.substring(0, slash), k -> new ArrayList<>()).add(file);
			}
		});
		List<RuleTreeNode> result = new ArrayList<>();
		folders.forEach((folder, files) -> result.add(new RuleTreeNode.Folder(folder, files)));
		result.addAll(top);
		return result;
	}

	private static String withProblems(String label, RuleEditorInput input) {
		LibraryValidation.Result last = LibraryValidation.last();
		long problems = last == null ? 0 : last.problemsOf(input.libraryName());
		return problems == 0 ? label : Messages.format("explorer.problems", label, problems);
	}
}
