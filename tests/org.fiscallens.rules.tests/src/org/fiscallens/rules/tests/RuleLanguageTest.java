package org.fiscallens.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.fiscallens.rules.RulesStandaloneSetup;
import org.fiscallens.rules.ide.RulesIdeSetup;
import org.fiscallens.rules.rules.Check;
import org.fiscallens.rules.rules.ForEach;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.rules.RuleFile;
import org.fiscallens.rules.rules.RoundingTolerance;
import org.fiscallens.rules.rules.Severity;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** The generated parser of the rule language (.flr), headless. */
public class RuleLanguageTest {

	private static final String RULE = """
			package 决算.表内

			// 公开02: every row's total equals the sum of its income columns
			rule R02_row_total "收入决算表：本年收入合计 = 各项收入之和" {
				severity error
				applies to 决算
				rationale "部门决算公开表式说明：合计栏等于各分栏之和"
				for each r in 公开02.rows:
					check r[1] = r[2] + r[3] + r.cell(column: 4)
					within rounding of 3
				message "本年收入合计 {left} 与各项收入之和 {right} 相差 {difference}"
			}
			""";

	private static Resource parse(String text) throws IOException {
		Injector injector = new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/test.flr"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	@Test
	public void parsesARuleWithChineseTableCodesAndTolerance() throws IOException {
		Resource resource = parse(RULE);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		RuleFile file = (RuleFile) resource.getContents().get(0);
		assertEquals("决算.表内", file.getName());
		Rule rule = (Rule) file.getMembers().get(0);
		assertEquals("R02_row_total", rule.getName());
		assertEquals(Severity.ERROR, rule.getSeverity());
		ForEach forEach = assertInstanceOf(ForEach.class, rule.getStatements().get(0));
		Check check = assertInstanceOf(Check.class, forEach.getBody());
		RoundingTolerance tolerance = assertInstanceOf(RoundingTolerance.class, check.getTolerance());
		assertNotNull(tolerance.getTerms());
	}

	@Test
	public void reportsASyntaxErrorAtItsLine() throws IOException {
		String broken = RULE.replace("severity error", "severity fatal");
		Resource resource = parse(broken);
		assertEquals(1, resource.getErrors().stream().map(Resource.Diagnostic::getLine).distinct().count(),
				resource.getErrors().toString());
		assertEquals(5, resource.getErrors().get(0).getLine(), "the line of 'severity fatal'");
		assertInstanceOf(XtextResource.class, resource);
	}

	@Test
	public void ideServicesAreAvailable() {
		Injector injector = new RulesIdeSetup().createInjectorAndDoEMFRegistration();
		assertNotNull(injector.getInstance(IdeContentProposalProvider.class));
	}
}
