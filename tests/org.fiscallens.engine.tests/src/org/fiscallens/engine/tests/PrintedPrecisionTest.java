package org.fiscallens.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.rules.interpreter.DocumentSet;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * A share printed in the narrative is compared with the share computed from the tables at the precision it is printed
 * with: the correctly rounded value is no finding at all (not even a rounding tail), a value off by more than half a
 * unit of its last digit but within the rounding of the terms is a rounding tail, and a value further off is an error.
 * On the standard library's consistent 决算, whose 财政拨款收入 is 870.00 of 895.50 万元 (97.1524…%).
 */
public class PrintedPrecisionTest {

	private static final String PRINTED = "财政拨款收入870.00万元，占比97.15%；";
	private static final String RULE = "说明收入占比";

	@Test
	public void aShareIsComparedAtItsPrintedPrecision() throws Exception {
		assertEquals(List.of(), shareFindings("97.15"), "correctly rounded to two decimals");
		assertEquals(List.of(), shareFindings("97.2"), "correctly rounded to one decimal");
		assertEquals(List.of(), shareFindings("97"), "correctly rounded to a whole percent");
		assertEquals(List.of(Severity.INFO), shareFindings("97.153"),
				"0.0006 off: more than half a unit of the third decimal, within the rounding of 870.00 and 895.50");
		assertEquals(List.of(Severity.ERROR), shareFindings("97.16"), "0.0076 off: more than the rounding explains");
		assertEquals(List.of(Severity.ERROR), shareFindings("98"), "a whole percent, wrongly rounded");
	}

	/** The severities of the share rule's findings on the narrative line, with the share printed as given. */
	private static List<Severity> shareFindings(String share) throws Exception {
		RuleSource anyFinal = RuleLibrary.standardSources().stream().filter(s -> s.name().startsWith("standard/final/"))
				.findFirst().orElseThrow();
		String text = new String(anyFinal.fixtures().read("../fixtures/final-consistent.txt"), StandardCharsets.UTF_8);
		assertTrue(text.contains(PRINTED), "the fixture prints " + PRINTED);
		String changed = text.replace(PRINTED, PRINTED.replace("97.15", share));
		int line = text.substring(0, text.indexOf(PRINTED)).split("\n", -1).length;
		List<Finding> findings = new CheckEngine(Seeds.library())
				.check(new DisclosureImporter().importBytes("consistent.txt", changed.getBytes(StandardCharsets.UTF_8)),
						DocumentSet.NONE)
				.findings();
		return findings.stream().filter(f -> f.rule().endsWith(RULE))
				.filter(f -> f.locations().stream().anyMatch(l -> l.line() == line)).map(Finding::severity).toList();
	}
}
