package org.fiscallens.rules.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The language server as an editor sees it: an lsp4j client talks JSON-RPC to it over pipes, opens rule files and
 * asks for diagnostics, completion, hover, definitions and formatting.
 */
public class LanguageServerTest {

	/** A library file with a definition, a rule that uses it, and a rule with an unknown table (公开99). */
	private static final String LIBRARY = """
			package 我的.表间

			define 占比(部分, 总额) = 部分 / 总额 * 100

			rule 基本支出占比 "基本支出占比不超过 100" {
				severity warning
				applies to 决算
				for each r in 公开05.rows(level: 1):
					check 占比(r["基本支出"], r["小计"]) <= 100
				message "{r}：基本支出占比 {left}%"
			}

			rule 有错误 "引用了不存在的表" {
				severity error
				check 公开99.row("合计")["小计"] = sum(公开05.rows(level: 1)["小计"])
			}
			""";

	private static Path workspace;
	private static TestClient client;
	private static String libraryUri;
	private static PublishDiagnosticsParams libraryDiagnostics;

	@BeforeAll
	public static void startServerAndOpenLibrary() throws Exception {
		workspace = Files.createTempDirectory("fiscallens-lsp");
		Path file = workspace.resolve("library.flr");
		Files.writeString(file, LIBRARY, StandardCharsets.UTF_8);
		libraryUri = file.toUri().toString();
		client = new TestClient(workspace);
		libraryDiagnostics = TestClient.await(client.open(libraryUri, LIBRARY));
	}

	@AfterAll
	public static void stopServer() throws Exception {
		if (client != null) {
			client.close();
		}
	}

	@Test
	public void unknownTableIsAnErrorAtItsRange() {
		List<Diagnostic> errors = libraryDiagnostics.getDiagnostics().stream()
				.filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
		assertEquals(1, errors.size(), "diagnostics: " + libraryDiagnostics.getDiagnostics());
		Diagnostic error = errors.get(0);
		assertTrue(message(error).contains("unknown name '公开99'"), message(error));
		// line 15 of the file (0-based 14): "\tcheck 公开99.row(…" — the four characters of 公开99 after the tab and "check "
		assertEquals(new Range(new Position(14, 7), new Position(14, 11)), error.getRange());
	}

	@Test
	public void syntaxErrorIsReportedWhereTheParserStopped() throws Exception {
		String text = "rule 缺少严重程度 \"没有 severity\" {\n\tcheck 公开01.row(\"总计\", side: \"收入\")[1] = \n}\n";
		PublishDiagnosticsParams published = TestClient.await(client.open(uri("syntax.flr"), text));
		List<Diagnostic> errors = published.getDiagnostics().stream()
				.filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
		// the parser expects `severity` where `check` stands: line 2 (0-based 1), after the tab
		assertTrue(errors.stream().anyMatch(e -> e.getRange().getStart().equals(new Position(1, 1))
				&& message(e).contains("severity")), "a rule without severity must not parse: " + errors);
	}

	@Test
	public void completionOfATableCodeOffersTheCatalogueWithTitles() throws Exception {
		String text = "rule 新规则 \"x\" {\n\tseverity error\n\tcheck 公开05.row(\"合计\")[\"小计\"] <= 公开\n}\n";
		String uri = uri("complete-table.flr");
		TestClient.await(client.open(uri, text));
		List<CompletionItem> items = complete(uri, text, text.indexOf("<= 公开") + "<= 公开".length());
		CompletionItem gongkai01 = item(items, "公开01");
		assertTrue(gongkai01.getDetail().contains("收入支出决算总表"), gongkai01.getDetail());
		assertEquals("公开01", gongkai01.getTextEdit().getLeft().getNewText());
		// the typed prefix 公开 is replaced, so the result reads 公开01 and not 公开公开01
		assertEquals(2, gongkai01.getTextEdit().getLeft().getRange().getEnd().getCharacter()
				- gongkai01.getTextEdit().getLeft().getRange().getStart().getCharacter());
		item(items, "公开10a");
		assertTrue(items.stream().noneMatch(i -> i.getLabel().startsWith("表")), "only what starts with 公开");
	}

	@Test
	public void completionInsideARowIndexOffersTheColumnsOfItsTable() throws Exception {
		String text = "rule 新规则 \"x\" {\n\tseverity error\n\tfor each r in 公开05.rows:\n\t\tcheck r[\"基本\n}\n";
		String uri = uri("complete-column.flr");
		TestClient.await(client.open(uri, text));
		List<CompletionItem> items = complete(uri, text, text.indexOf("[\"基本") + 3);
		CompletionItem basic = item(items, "\"基本支出\"");
		assertEquals("\"基本支出\"", basic.getTextEdit().getLeft().getNewText());
		assertTrue(basic.getDetail().contains("公开05"), basic.getDetail());
		assertEquals(List.of("\"基本支出\""), items.stream().map(CompletionItem::getLabel).toList(),
				"only the columns of 公开05 that start with 基本");
	}

	@Test
	public void completionOfARowLabelOffersTheTablesRows() throws Exception {
		String text = "rule 新规则 \"x\" {\n\tseverity error\n\tcheck 公开01.row(\"本年\n}\n";
		String uri = uri("complete-row.flr");
		TestClient.await(client.open(uri, text));
		List<CompletionItem> items = complete(uri, text, text.indexOf("row(\"本年") + 6);
		item(items, "\"本年收入合计\"");
		item(items, "\"本年支出合计\"");
		assertTrue(items.stream().allMatch(i -> i.getLabel().startsWith("\"本年")), "only rows that start with 本年");
	}

	@Test
	public void completionOfASubjectCodeAndOfAClaimLabel() throws Exception {
		String text = "rule 新规则 \"x\" {\n\tseverity error\n\tcheck 公开05.row(code: \"2080\n}\n";
		String uri = uri("complete-code.flr");
		TestClient.await(client.open(uri, text));
		CompletionItem pension = item(complete(uri, text, text.indexOf("\"2080") + 5), "\"20805\"");
		assertTrue(pension.getDetail().contains("行政事业单位养老支出"), pension.getDetail());
		String claims = "rule 新规则 \"x\" {\n\tseverity error\n\tfor each k in claims(kind: \"amount\", label: \"收入\n}\n";
		String claimsUri = uri("complete-claim.flr");
		TestClient.await(client.open(claimsUri, claims));
		item(complete(claimsUri, claims, claims.indexOf("label: \"收入") + 10), "\"收入总计\"");
	}

	@Test
	public void completionAfterADotOffersTheMembersOfThatKind() throws Exception {
		String text = "rule 新规则 \"x\" {\n\tseverity error\n\tfor each r in 公开05.rows:\n\t\trequire r.\n}\n";
		String uri = uri("complete-member.flr");
		TestClient.await(client.open(uri, text));
		List<CompletionItem> items = complete(uri, text, text.indexOf("r.\n") + 2);
		CompletionItem children = item(items, "children");
		assertTrue(children.getDetail().contains("r.children"), children.getDetail());
		item(items, "hasChildren");
		assertTrue(items.stream().noneMatch(i -> i.getLabel().equals("rowsMatching")), "rows have no rowsMatching");
	}

	@Test
	public void hoverOverATableShowsItsTitleAndColumns() throws Exception {
		Hover hover = hover(libraryUri, LIBRARY, LIBRARY.indexOf("公开05") + 1);
		String text = hover.getContents().getRight().getValue();
		assertTrue(text.contains("一般公共预算财政拨款支出决算表"), text);
		assertTrue(text.contains("基本支出"), text);
		assertEquals(new Position(7, 15), hover.getRange().getStart(), "the range of 公开05 in its for each");
	}

	@Test
	public void hoverOverABuiltinShowsItsDescription() throws Exception {
		String text = hover(libraryUri, LIBRARY, LIBRARY.indexOf("sum(") + 1).getContents().getRight().getValue();
		assertTrue(text.contains("sum(值, …)") && text.contains("求和"), text);
		String member = hover(libraryUri, LIBRARY, LIBRARY.indexOf("rows(") + 1).getContents().getRight().getValue();
		assertTrue(member.contains("行") && member.contains("t.rows"), member);
	}

	@Test
	public void hoverOverADefinitionShowsItsBody() throws Exception {
		int use = LIBRARY.indexOf("占比(r[");
		String text = hover(libraryUri, LIBRARY, use + 1).getContents().getRight().getValue();
		assertTrue(text.contains("define 占比(部分, 总额) = 部分 / 总额 * 100"), text);
	}

	@Test
	public void goToDefinitionOfAHelperAndOfAVariable() throws Exception {
		List<? extends Location> definition = definition(libraryUri, LIBRARY, LIBRARY.indexOf("占比(r[") + 1);
		assertEquals(1, definition.size(), definition.toString());
		assertTrue(definition.get(0).getUri().endsWith("library.flr"));
		assertEquals(2, definition.get(0).getRange().getStart().getLine(), "define 占比 is on line 3");
		List<? extends Location> variable = definition(libraryUri, LIBRARY, LIBRARY.indexOf("r[\"基本支出\"]"));
		assertEquals(new Position(7, 10), variable.get(0).getRange().getStart(), "for each r: the r after each");
	}

	@Test
	public void formattingIndentsLikeTheStandardLibrary() throws Exception {
		String messy = "rule 乱 \"排版\" {\n  severity   error\nfor each r in 公开05.rows:\ncheck r[\"小计\"]   =  r[\"基本支出\"] + r[\"项目支出\"]\n      within rounding   \n    message \"{r}  不平\"\n   }\n";
		String uri = uri("messy.flr");
		TestClient.await(client.open(uri, messy));
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(uri),
				new FormattingOptions(4, false));
		List<? extends TextEdit> edits = TestClient.await(client.server().getTextDocumentService().formatting(params));
		String expected = "rule 乱 \"排版\" {\n\tseverity error\n\tfor each r in 公开05.rows:\n\t\tcheck r[\"小计\"] = r[\"基本支出\"] + r[\"项目支出\"]\n\t\t\twithin rounding\n\tmessage \"{r}  不平\"\n}\n";
		assertEquals(expected, apply(messy, edits));
	}

	/** lsp4j 1.0 allows Markdown in diagnostics; Xtext sends plain text. */
	private static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
				: diagnostic.getMessage().getRight().getValue();
	}

	private static String uri(String name) {
		return workspace.resolve(name).toUri().toString();
	}

	private static List<CompletionItem> complete(String uri, String text, int offset) throws Exception {
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), position(text, offset));
		Either<List<CompletionItem>, CompletionList> result = TestClient
				.await(client.server().getTextDocumentService().completion(params));
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}

	private static CompletionItem item(List<CompletionItem> items, String label) {
		return items.stream().filter(i -> label.equals(i.getLabel())).findFirst().orElseThrow(() -> new AssertionError(
				"no completion " + label + " among " + items.stream().map(CompletionItem::getLabel).toList()));
	}

	private static Hover hover(String uri, String text, int offset) throws Exception {
		return TestClient.await(client.server().getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(uri), position(text, offset))));
	}

	private static List<? extends Location> definition(String uri, String text, int offset) throws Exception {
		return TestClient.await(client.server().getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri), position(text, offset)))).getLeft();
	}

	/** The LSP position (0-based line, UTF-16 character) of an offset. */
	private static Position position(String text, int offset) {
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		return new Position(line, offset - lineStart);
	}

	/** Applies edits from the last to the first, so earlier offsets stay valid. */
	private static String apply(String text, List<? extends TextEdit> edits) {
		String result = text;
		List<? extends TextEdit> ordered = edits.stream()
				.sorted(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
						.thenComparing(e -> e.getRange().getStart().getCharacter()).reversed())
				.collect(Collectors.toList());
		for (TextEdit edit : ordered) {
			int start = offset(result, edit.getRange().getStart());
			int end = offset(result, edit.getRange().getEnd());
			result = result.substring(0, start) + edit.getNewText() + result.substring(end);
		}
		return result;
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
