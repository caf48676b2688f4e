package org.fiscallens.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.fiscallens.rules.RulesStandaloneSetup;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** What the validator reports, and where: the position a rule author must look at. */
public class RuleValidationTest {

	private static final Injector INJECTOR = new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();

	private static List<Issue> validate(String text) throws IOException {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(URI.createURI("memory:/v.flr"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)
				.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	/** The one error of {@code text}, which must start at {@code marked} (its first occurrence) on {@code line}. */
	private static Issue onlyError(String text, String marked, int line) throws IOException {
		List<Issue> errors = validate(text);
		assertEquals(1, errors.size(), errors.toString());
		Issue issue = errors.get(0);
		assertEquals(line, issue.getLineNumber(), issue.toString());
		assertEquals(text.indexOf(marked), issue.getOffset().intValue(), issue.toString());
		return issue;
	}

	private static String rule(String check) {
		return "package 测试\n\nrule 规则 \"标题\" {\n\tseverity error\n\tapplies to 决算\n\t" + check + "\n}\n";
	}

	@Test
	public void aValidRuleHasNoError() throws IOException {
		assertEquals(List.of(), validate(rule("check 公开05.row(\"合计\")[\"小计\"] = 公开05.row(\"合计\")[\"基本支出\"] + 公开05.row(\"合计\")[\"项目支出\"] within rounding")));
	}

	@Test
	public void anUnknownTableIsAnErrorAtItsName() throws IOException {
		Issue issue = onlyError(rule("check 公开99.row(\"合计\")[1] = 0"), "公开99", 6);
		assertTrue(issue.getMessage().contains("公开99"), issue.getMessage());
	}

	@Test
	public void anUnknownFunctionIsAnErrorAtItsName() throws IOException {
		Issue issue = onlyError(rule("check summe(公开05.rows.cell(1)) = 0"), "summe", 6);
		assertTrue(issue.getMessage().contains("unknown function 'summe'"), issue.getMessage());
	}

	@Test
	public void anUnknownColumnOfAKnownTableIsAnErrorAtTheKey() throws IOException {
		Issue issue = onlyError(rule("check 公开05.row(\"合计\")[\"经营支出\"] = 0"), "\"经营支出\"", 6);
		assertTrue(issue.getMessage().contains("公开05"), issue.getMessage());
	}

	@Test
	public void anUnknownMemberIsAnErrorAtTheMember() throws IOException {
		onlyError(rule("check 公开05.rowz.count = 0"), "rowz", 6);
	}

	@Test
	public void aForEachVariableIsKnownInsideItsBodyOnly() throws IOException {
		assertEquals(List.of(), validate(rule("for each r in 公开05.rows: check r[\"小计\"] = r[\"基本支出\"] + r[\"项目支出\"]")));
		onlyError(rule("for each r in 公开05.rows: check r[\"小计\"] = 0\n\tcheck r[\"小计\"] = 1"), "r[\"小计\"] = 1", 7);
	}
}
