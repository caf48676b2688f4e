package org.fiscallens.rules.ui.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.ui.IWorkbenchPage;
import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.engine.RuleTestRunner;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.ui.RuleFolders;
import org.fiscallens.ui.editor.DisclosureEditor;

/**
 * Run while authoring: the rules of the edited file — with its text as it is in the editor, saved or not — loaded
 * with the rest of the library, run on the document open in the disclosure table (or on the sample documents), and
 * its test blocks run with pass/fail per case.
 */
public final class AuthoringRun {

	/** The library with the edited file, and the edited file's rules in it. */
	public record EditedLibrary(RuleLibrary library, RuleLibrary editedRules) {
	}

	private AuthoringRun() {
	}

	public static EditedLibrary load(RuleSource edited) {
		List<RuleSource> sources = new ArrayList<>();
		boolean replaced = false;
		for (RuleSource source : RuleFolders.librarySources()) {
			if (source.name().equals(edited.name())) {
				sources.add(edited);
				replaced = true;
			} else {
				sources.add(source);
			}
		}
		if (!replaced) {
			sources.add(edited);
		}
		RuleLibrary library = RuleLibrary.load(sources);
		Set<Rule> rules = library.rules().stream().filter(r -> library.sourceOf(r) == edited)
				.collect(Collectors.toSet());
		return new EditedLibrary(library, library.only(rules::contains));
	}

	/** The edited file's problems, as text for a message. */
	public static String problemsOf(EditedLibrary loaded, RuleSource edited) {
		return loaded.library().problems().stream().filter(p -> p.file().equals(edited.name())).map(Object::toString)
				.collect(Collectors.joining("; "));
	}

	public static CheckReport check(EditedLibrary loaded, List<Submission> documents) {
		return new CheckEngine(loaded.editedRules()).check(documents);
	}

	public static List<RuleTestRunner.Outcome> test(EditedLibrary loaded) {
		return new RuleTestRunner(loaded.editedRules()).runAll();
	}

	/** The documents open in disclosure editors, else the sample documents (fiscallens.samples). */
	public static List<Submission> documents(IWorkbenchPage page) {
		List<Submission> open = page == null ? List.of() : Arrays.stream(page.getEditorReferences())
				.map(r -> r.getEditor(false)).filter(DisclosureEditor.class::isInstance)
				.map(e -> ((DisclosureEditor) e).getSubmission()).filter(java.util.Objects::nonNull).toList();
		if (!open.isEmpty()) {
			return open;
		}
		return samples();
	}

	static List<Submission> samples() {
		String folder = System.getProperty("fiscallens.samples");
		if (folder == null || !Files.isDirectory(Path.of(folder))) {
			return List.of();
		}
		DisclosureImporter importer = new DisclosureImporter();
		try (Stream<Path> files = Files.walk(Path.of(folder))) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(importer::importFile).toList();
		} catch (IOException e) {
			return List.of();
		}
	}
}
