package org.fiscallens.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleTestRunner;
import org.fiscallens.rules.rules.Expectation;
import org.fiscallens.rules.rules.ExpectedKind;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.rules.RuleTest;
import org.junit.jupiter.api.Test;

/** The standard library as shipped: it loads cleanly, and every rule is proven by its authors' tests. */
public class StandardLibraryTest {

	@Test
	public void loadsWithoutProblems() throws Exception {
		RuleLibrary library = Seeds.library();
		assertEquals(List.of(), library.problems(), "errors or warnings in the standard library");
		assertTrue(library.rules().size() >= 80, "rules: " + library.rules().size());
	}

	@Test
	public void runsOnTheSeedsWithoutRuleErrors() throws Exception {
		assertEquals(List.of(), Seeds.report().ruleErrors(), "mistakes in rules that only show when they run");
	}

	@Test
	public void everyRuleTestPasses() throws Exception {
		List<RuleTestRunner.Outcome> outcomes = new RuleTestRunner(Seeds.library()).runAll();
		List<String> failed = outcomes.stream().filter(o -> !o.passed()).map(Object::toString).toList();
		assertTrue(outcomes.size() >= 200, "tests: " + outcomes.size());
		assertEquals(List.of(), failed);
	}

	@Test
	public void everyRuleHasAPassingAndAFailingCase() throws Exception {
		RuleLibrary library = Seeds.library();
		Set<Rule> passing = new HashSet<>();
		Set<Rule> failing = new HashSet<>();
		for (RuleTest test : library.tests()) {
			boolean fails = false;
			boolean clean = false;
			for (Expectation e : test.getExpectations()) {
				boolean serious = e.getKind() == ExpectedKind.ERROR || e.getKind() == ExpectedKind.WARNING
						|| e.getKind() == ExpectedKind.FINDING;
				fails |= serious && !e.isNone();
				clean |= serious && e.isNone();
			}
			if (fails) {
				failing.add(test.getRule());
			} else if (clean) {
				passing.add(test.getRule());
			}
		}
		List<String> missing = new ArrayList<>();
		for (Rule rule : library.rules()) {
			if (!passing.contains(rule)) {
				missing.add(rule.getName() + " has no passing case");
			}
			if (!failing.contains(rule)) {
				missing.add(rule.getName() + " has no failing case");
			}
		}
		assertEquals(List.of(), missing);
	}
}
