package org.fiscallens.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.engine.RuleTestRunner;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.ui.LibraryValidation;
import org.fiscallens.rules.ui.RuleFolders;
import org.fiscallens.rules.ui.RulesPerspective;
import org.fiscallens.rules.ui.editor.ProblemAnnotation;
import org.fiscallens.rules.ui.editor.RuleEditor;
import org.fiscallens.rules.ui.editor.RuleEditorInput;
import org.fiscallens.rules.ui.explorer.RuleExplorerView;
import org.fiscallens.rules.ui.run.FindingsView;
import org.fiscallens.rules.ui.run.RuleTestResultsView;
import org.fiscallens.rules.ui.run.RunRulesHandler;
import org.fiscallens.rules.ui.run.RunTestsHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.fiscallens.ui.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * A rule author in the 规则 perspective writes a new rule: types it (with a mistake, which is marked where it is),
 * completes a table code with content assist, saves, runs the rule on the sample documents and runs its tests.
 */
public class RuleAuthoringUITest {

	/** A relation the standard library does not check: the share of basic spending in each class of 公开05. */
	private static final String RULE = """
			package 我的.结构

			rule 基本支出占比 "一般公共预算财政拨款支出：类级科目的基本支出占比不超过 90%" {
				severity warning
				applies to 决算
				rationale "基本支出占比过高的科目，值得复核项目支出是否漏列"
				for each r in 公开05.rows(level: 1):
					check share(r["基本支出"], r["小计"]) <= 90
				message "公开05 {r}：基本支出占比 {left}% 超过 90%"
			}

			test "示例文件：社会保障和就业支出全为基本支出" for 我的.结构.基本支出占比 {
				document file "fixtures/consistent.txt"
				expect 1 warning
			}

			test "故意写错的期望，应显示为失败" for 我的.结构.基本支出占比 {
				document file "fixtures/consistent.txt"
				expect no warning
			}
			""";
	private static final String FILE_NAME = "基本支出占比.flr";
	private static final long TIMEOUT_MILLIS = 15_000;

	private final List<IStatus> loggedErrors = new CopyOnWriteArrayList<>();
	private final ILogListener logListener = (status, plugin) -> {
		if (status.getSeverity() == IStatus.ERROR) {
			loggedErrors.add(status);
		}
	};

	@BeforeEach
	public void listenToTheLog() {
		Platform.addLogListener(logListener);
	}

	/** A view that failed to build (say, an outline page) only shows in the log: it must stay empty. */
	@AfterEach
	public void nothingWasLoggedAsAnError() {
		Platform.removeLogListener(logListener);
		assertEquals(List.of(), loggedErrors.stream().map(s -> s.getPlugin() + ": " + s.getMessage()).toList());
	}

	@Test
	public void authorWritesTestsAndRunsANewRule() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(RulesPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		assertEquals("规则", page.getPerspective().getLabel(), "Chinese is the default UI language");
		window.getShell().setMaximized(true);
		Path file = freshUserFolderWithFixture().resolve(FILE_NAME);
		Files.writeString(file, "", StandardCharsets.UTF_8);

		RuleExplorerView explorer = (RuleExplorerView) page.showView(RuleExplorerView.ID);
		explorer.refresh();
		TreeItem[] roots = explorer.getViewer().getTree().getItems();
		assertEquals("标准规则库（只读）", roots[0].getText());
		assertTrue(roots[1].getText().startsWith("我的规则："), roots[1].getText());
		RuleEditor editor = RuleExplorerView.open(page, RuleEditorInput.ofUserFile(file));
		IDocument document = editor.viewer().getDocument();

		// 1. typed with a mistake, each line flush left: `warnin` is marked where it stands as soon as the author
		// pauses, with the parser's message on hover; 格式化 then indents it like the standard library
		String mistyped = RULE.replace("severity warning", "severity warnin");
		type(editor, mistyped);
		waitUntil(() -> !editor.problems().isEmpty(), "the syntax error is marked while typing");
		assertEquals(document.get().indexOf("warnin"), editor.positionOf(editor.problems().get(0)).getOffset());
		editor.format();
		assertEquals(mistyped, document.get(), "formatted like the standard library");
		editor.reconciler().reconcile();
		assertEquals(1, editor.problems().size(), editor.problems().toString());
		ProblemAnnotation problem = editor.problems().get(0);
		assertTrue(problem.isError());
		Position at = editor.positionOf(problem);
		assertEquals(mistyped.indexOf("warnin"), at.getOffset(), "marked at the misspelt word: " + problem.getText());
		assertEquals("warnin".length(), at.getLength());
		String hover = editor.hoverAt(mistyped.indexOf("warnin") + 2);
		assertNotNull(hover);
		assertTrue(hover.contains(problem.getText()), hover);
		StyledText widget = editor.viewer().getTextWidget();
		ImageData text = Screenshots.save(widget, "rule-editor-syntax-error-text");
		Rectangle word = widget.getTextBounds(at.getOffset(), at.getOffset() + at.getLength() - 1);
		assertTrue(redPixels(text, word) > 5, "a red squiggle under " + word);
		Screenshots.save(window.getShell(), "rule-editor-syntax-error");

		// 2. corrected, with the table code still to complete: content assist offers 公开05 with its title
		String incomplete = RULE.replace("in 公开05.rows", "in 公开0.rows");
		document.set(incomplete);
		int afterPrefix = incomplete.indexOf("公开0.rows") + "公开0".length();
		ICompletionProposal[] proposals = editor.proposalsAt(afterPrefix);
		ICompletionProposal gongkai05 = Arrays.stream(proposals)
				.filter(p -> p.getDisplayString().startsWith("公开05 ")).findFirst().orElseThrow(() -> new AssertionError(
						"no 公开05 among " + Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList()));
		assertTrue(gongkai05.getDisplayString().contains("一般公共预算财政拨款支出决算表"), gongkai05.getDisplayString());
		editor.viewer().getTextWidget().setCaretOffset(afterPrefix);
		editor.viewer().getTextOperationTarget().doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Screenshots.settle();
		Screenshots.save(window.getShell(), "rule-editor-content-assist");
		closePopup(window.getShell());
		editor.reconciler().reconcile();
		assertTrue(editor.proposalsAt(afterPrefix).length > 0, "content assist still works once the text is validated");
		gongkai05.apply(document);
		assertEquals(RULE, document.get(), "accepting the proposal completed 公开0 to 公开05");
		editor.reconciler().reconcile();
		assertEquals(List.of(), editor.problems().stream().map(ProblemAnnotation::getText).toList());
		TextAttribute table = editor.semanticAttributeAt(RULE.indexOf("公开05") + 1);
		assertNotNull(table, "公开05 is coloured as a table of the catalogue");
		assertEquals(SWT.BOLD, table.getStyle() & SWT.BOLD);
		assertTrue(editor.outlineLabels().stream().anyMatch(l -> l.startsWith("规则 基本支出占比")),
				editor.outlineLabels().toString());
		assertEquals(3, editor.outlineLabels().size(), "a rule and two tests");

		// 3. saved: the file holds the text, and the whole library was validated again
		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertEquals(RULE, Files.readString(file, StandardCharsets.UTF_8));
		LibraryValidation.Result library = LibraryValidation.last();
		assertNotNull(library);
		assertEquals(0, library.problemsOf(RuleFolders.userName(file)));

		// 4. run on the sample documents: the new rule's findings, and only its
		CheckReport report = RunRulesHandler.run(page, editor);
		assertNotNull(report, "there was something to run");
		List<Finding> findings = report.findings();
		assertFalse(findings.isEmpty(), "classes whose spending is (almost) all basic spending exist in the seeds");
		assertTrue(findings.stream().allMatch(f -> f.rule().endsWith("基本支出占比")), findings.toString());
		assertTrue(findings.stream().allMatch(f -> f.message().contains("基本支出占比")), findings.toString());
		FindingsView findingsView = (FindingsView) page.findView(FindingsView.ID);
		assertEquals(findings.size(), findingsView.getViewer().getTable().getItemCount());
		assertTrue(findingsView.getSummary().contains(findings.size() + " 个发现"), findingsView.getSummary());
		page.activate(findingsView);
		Screenshots.save(window.getShell(), "rule-findings-on-seeds");

		// 5. its tests: the first case passes, the deliberately wrong one fails
		List<RuleTestRunner.Outcome> outcomes = RunTestsHandler.run(page, editor);
		assertEquals(2, outcomes.size());
		assertTrue(outcomes.get(0).passed(), outcomes.get(0).toString());
		assertFalse(outcomes.get(1).passed(), outcomes.get(1).toString());
		RuleTestResultsView results = (RuleTestResultsView) page.findView(RuleTestResultsView.ID);
		assertEquals("通过", results.getViewer().getTable().getItem(0).getText(0));
		assertEquals("失败", results.getViewer().getTable().getItem(1).getText(0));
		assertEquals("2 个测试：1 个通过，1 个失败", results.getSummary());
		page.activate(results);
		Screenshots.save(window.getShell(), "rule-test-results");
	}

	@Test
	public void standardLibraryOpensReadOnlyWithHoverDocumentation() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(RulesPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		RuleSource tableSums = RuleLibrary.standardSources().stream()
				.filter(s -> s.name().equals("standard/final/1-table-sums.flr")).findFirst().orElseThrow();
		RuleEditor editor = RuleExplorerView.open(page, RuleEditorInput.ofStandard(tableSums));
		assertFalse(editor.isEditable(), "the standard library is read-only");
		waitUntil(() -> editor.reconciler().issues() != null, "validated");
		assertEquals(List.of(), editor.problems().stream().map(ProblemAnnotation::getText).toList());
		String text = editor.viewer().getDocument().get();
		String hover = editor.hoverAt(text.indexOf("公开05.rows") + 1);
		assertTrue(hover.contains("一般公共预算财政拨款支出决算表") && hover.contains("基本支出"), hover);
		String sum = editor.hoverAt(text.indexOf("sum(") + 1);
		assertTrue(sum.contains("求和"), sum);
		Screenshots.save(window.getShell(), "rule-editor-standard-library");
		page.closeEditor(editor, false);
	}

	/**
	 * Types the text into the editor's widget a line at a time, without indentation (the editor keeps the previous
	 * line's, which is none): what an author types before formatting.
	 */
	private static void type(RuleEditor editor, String text) {
		StyledText widget = editor.viewer().getTextWidget();
		widget.setText("");
		for (String line : text.split("\n", -1)) {
			widget.setCaretOffset(widget.getCharCount());
			widget.insert(line.strip() + "\n");
			Display.getCurrent().readAndDispatch();
		}
		// the text block ends with a line break, so the last insert added one too many
		widget.replaceTextRange(widget.getCharCount() - 1, 1, "");
	}

	/** Pixels in the area that are clearly red (the squiggle; the text itself is dark). */
	private static int redPixels(ImageData image, Rectangle area) {
		int red = 0;
		for (int y = Math.max(area.y, 0); y < Math.min(area.y + area.height + 3, image.height); y++) {
			for (int x = Math.max(area.x, 0); x < Math.min(area.x + area.width, image.width); x++) {
				RGB rgb = image.palette.getRGB(image.getPixel(x, y));
				if (rgb.red > 150 && rgb.green < 100 && rgb.blue < 100) {
					red++;
				}
			}
		}
		return red;
	}

	/** Closes the content-assist popup: the one visible shell besides the workbench window. */
	private static void closePopup(Shell window) {
		for (Shell shell : window.getDisplay().getShells()) {
			if (shell != window && shell.isVisible()) {
				shell.close();
			}
		}
		Screenshots.settle();
	}

	private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
		UiWait.until(condition, what, TIMEOUT_MILLIS);
	}

	/** The test's own rule folder, emptied, with the standard tests' consistent 决算 document as a fixture. */
	private static Path freshUserFolderWithFixture() throws Exception {
		Path folder = RuleFolders.userFolder();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				Files.delete(f);
			}
		}
		RuleSource anyFinal = RuleLibrary.standardSources().stream().filter(s -> s.name().startsWith("standard/final/"))
				.findFirst().orElseThrow(() -> new IOException("no standard library"));
		Files.createDirectories(folder.resolve("fixtures"));
		Files.write(folder.resolve("fixtures/consistent.txt"), anyFinal.fixtures().read("../fixtures/final-consistent.txt"));
		return folder;
	}
}
