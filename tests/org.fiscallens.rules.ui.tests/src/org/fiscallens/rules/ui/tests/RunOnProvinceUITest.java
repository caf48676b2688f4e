package org.fiscallens.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.ui.RuleFolders;
import org.fiscallens.rules.ui.RulesPerspective;
import org.fiscallens.rules.ui.editor.RuleEditor;
import org.fiscallens.rules.ui.editor.RuleEditorInput;
import org.fiscallens.rules.ui.explorer.RuleExplorerView;
import org.fiscallens.rules.ui.run.FindingsView;
import org.fiscallens.rules.ui.run.RunOnProvinceHandler;
import org.fiscallens.ui.ReviewSession;
import org.fiscallens.ui.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * A rule author runs a rule being edited (not yet saved) over every document of the open review: the findings are
 * exactly those of checking the same source files afresh with the edited rule, and nothing else.
 */
public class RunOnProvinceUITest {

	/** Unsaved in the editor: the share of basic spending in each class of 公开05, at most 60 %. */
	private static final String RULE = """
			package 我的.全省

			rule 基本支出占比六成 "类级科目的基本支出占比不超过 60%" {
				severity warning
				applies to 决算
				for each r in 公开05.rows(level: 1):
					check share(r["基本支出"], r["小计"]) <= 60
				message "公开05 {r}：基本支出占比 {left}% 超过 60%"
			}
			""";
	private static final long TIMEOUT_MILLIS = 300_000;

	@Test
	public void editedRuleRunsOverTheWholeReview() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(RulesPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		window.getShell().setMaximized(true);
		// the review opens (importing the samples) in the background when the workbench starts
		waitUntil(() -> ReviewSession.get().reviews() != null && !ReviewSession.get().busy(), "the review is open");
		Reviews reviews = ReviewSession.get().reviews();
		List<SubmissionEntry> documents = reviews.workspace().entries();
		assertFalse(documents.isEmpty(), "the samples were imported into the review");

		Path file = RuleFolders.userFolder().resolve("全省运行.flr");
		Files.writeString(file, RULE.replace("60", "99"), StandardCharsets.UTF_8); // saved: another threshold
		RuleEditor editor = RuleExplorerView.open(page, RuleEditorInput.ofUserFile(file));
		editor.viewer().getDocument().set(RULE); // edited, not saved: the run takes the text in the editor
		assertTrue(editor.isDirty());

		AtomicReference<RunOnProvinceHandler.Result> done = new AtomicReference<>();
		Job job = RunOnProvinceHandler.run(page, editor, done::set);
		assertNotNull(job, "there was something to run");
		waitUntil(() -> done.get() != null, "the run finished");
		RunOnProvinceHandler.Result result = done.get();
		assertEquals(documents.size(), result.documents());
		assertEquals(1, result.rules());

		// the same rule on the same source files, imported afresh and checked together
		RuleLibrary edited = RuleLibrary.load(withUserFile(RULE)).only(r -> r.getName().equals("基本支出占比六成"));
		DisclosureImporter importer = new DisclosureImporter();
		List<Submission> fresh = new ArrayList<>();
		for (SubmissionEntry e : documents) {
			Submission s = importer.importFile(Path.of(e.sourcePath()));
			s.getSource().setPath(e.sourcePath());
			fresh.add(s);
		}
		List<String> expected = describe(new CheckEngine(edited).check(fresh).findings());
		assertFalse(expected.isEmpty(), "classes with more than 60 % basic spending exist in the samples");
		assertEquals(expected, describe(result.findings()));
		assertTrue(result.findings().stream().allMatch(f -> f.message().contains("超过 60%")),
				"the edited text ran, not the saved one");

		FindingsView view = (FindingsView) page.findView(FindingsView.ID);
		assertEquals(result.findings().size(), view.getViewer().getTable().getItemCount());
		String summary = view.getSummary();
		assertTrue(summary.startsWith("在全省 " + documents.size() + " 个文件上运行了 1 条规则：" + result.findings().size()
				+ " 个发现"), summary);
		page.activate(view);
		Screenshots.save(window.getShell(), "rule-findings-on-province");
		page.closeEditor(editor, false);
		Files.delete(file);
	}

	/** The library with the rule file added, as the run loads it. */
	private static List<RuleSource> withUserFile(String text) {
		List<RuleSource> sources = new ArrayList<>(RuleFolders.librarySources());
		sources.removeIf(s -> s.name().endsWith("全省运行.flr"));
		sources.add(new RuleSource("全省运行.flr", text, null));
		return sources;
	}

	private static List<String> describe(List<Finding> findings) {
		return findings.stream().map(f -> f.file() + ":" + f.firstLine() + " " + f.rule() + " " + f.severity() + " "
				+ f.message()).sorted().toList();
	}

	private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
		UiWait.until(condition, what, TIMEOUT_MILLIS);
	}
}
