package org.fiscallens.rules.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.engine.RuleTestRunner;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author adds a relation the standard library lacks — 公开05's 基本支出 of a class cannot exceed 公开03's
 * 基本支出 of the same class (fiscal appropriations are part of all funds) — tests it, uses it in a check, changes it
 * and checks again, all in one running process: nothing is restarted or rebuilt.
 */
public class AuthoringWorkflowTest {

	private static final String RULE_NAME = "基本支出05不超过03";
	/** 公开05's row of class 210 in the consistent fixture, and the same row with 10 万元 more 基本支出. */
	private static final String ROW_210 = "210\t卫生健康支出\t740.50\t328.20\t412.30";
	private static final String ROW_210_TOO_MUCH = "210\t卫生健康支出\t750.50\t338.20\t412.30";

	private static final String RULE_FILE = """
			package 我的.表间

			rule 基本支出05不超过03 "公开05 基本支出不超过公开03 同类科目的基本支出" {
				severity %s
				applies to 决算
				rationale "财政拨款安排的基本支出是全部资金安排的基本支出的一部分"
				for each r in 公开05.rows(level: 1):
					check r["基本支出"] <= 公开03.row(code: r.code)["基本支出"] within rounding
				message "公开05 {r} 基本支出 {left} 大于公开03 同类科目基本支出 {right}（差 {difference}）"
			}

			test "一致的公开文件" for 我的.表间.基本支出05不超过03 {
				document file "fixtures/consistent.txt"
				expect no finding
			}

			test "公开05 卫生健康支出的基本支出多 10 万元" for 我的.表间.基本支出05不超过03 {
				document file "fixtures/too-much.txt"
				expect 1 %s at line %d
			}
			""";

	@Test
	public void newRuleIsTestedAndUsedInACheckWithoutRestarting(@TempDir Path userRules) throws Exception {
		assertTrue(RuleLibrary.standard().rules().stream().noneMatch(r -> r.getName().equals(RULE_NAME)),
				"the standard library does not have this relation yet");
		String consistent = new String(standardFixture("final-consistent.txt"), StandardCharsets.UTF_8);
		assertTrue(consistent.contains(ROW_210), "the fixture's 公开05 row 210 as this test knows it");
		int row210Line = lineOf(consistent, ROW_210, consistent.indexOf("公开05表"));
		String tooMuch = consistent.substring(0, consistent.indexOf(ROW_210, consistent.indexOf("公开05表")))
				+ ROW_210_TOO_MUCH + consistent.substring(consistent.indexOf(ROW_210, consistent.indexOf("公开05表"))
						+ ROW_210.length());
		Files.createDirectories(userRules.resolve("fixtures"));
		Files.writeString(userRules.resolve("fixtures/consistent.txt"), consistent, StandardCharsets.UTF_8);
		Files.writeString(userRules.resolve("fixtures/too-much.txt"), tooMuch, StandardCharsets.UTF_8);
		Path ruleFile = userRules.resolve("基本支出.flr");

		// 1. written as a warning: its tests pass, and a check of the changed document reports it
		Files.writeString(ruleFile, RULE_FILE.formatted("warning", "warning", row210Line), StandardCharsets.UTF_8);
		RuleLibrary library = RuleLibrary.standard(List.of(RuleSource.of(ruleFile, "我的/基本支出.flr")));
		assertEquals(List.of(), library.problems());
		List<RuleTestRunner.Outcome> outcomes = new RuleTestRunner(library.only(r -> r.getName().equals(RULE_NAME)))
				.runAll();
		assertEquals(2, outcomes.size());
		assertTrue(outcomes.stream().allMatch(RuleTestRunner.Outcome::passed), outcomes.toString());
		Finding finding = onlyFindingOfTheNewRule(library, tooMuch);
		assertEquals(Severity.WARNING, finding.severity());
		assertTrue(finding.message().contains("338.20") && finding.message().contains("328.20"), finding.message());
		assertTrue(finding.locations().stream().anyMatch(l -> l.line() == row210Line), finding.locations().toString());
		assertEquals(List.of(), findingsOfTheNewRule(library, consistent), "the consistent document stays clean");

		// 2. the author makes it an error and reloads: the same process now reports an error
		Files.writeString(ruleFile, RULE_FILE.formatted("error", "error", row210Line), StandardCharsets.UTF_8);
		RuleLibrary reloaded = RuleLibrary.standard(List.of(RuleSource.of(ruleFile, "我的/基本支出.flr")));
		assertTrue(new RuleTestRunner(reloaded.only(r -> r.getName().equals(RULE_NAME))).runAll().stream()
				.allMatch(RuleTestRunner.Outcome::passed));
		assertEquals(Severity.ERROR, onlyFindingOfTheNewRule(reloaded, tooMuch).severity());
	}

	private static Finding onlyFindingOfTheNewRule(RuleLibrary library, String document) {
		List<Finding> findings = findingsOfTheNewRule(library, document);
		assertEquals(1, findings.size(), findings.toString());
		return findings.get(0);
	}

	private static List<Finding> findingsOfTheNewRule(RuleLibrary library, String document) {
		Submission submission = new DisclosureImporter().importBytes("changed.txt",
				document.getBytes(StandardCharsets.UTF_8));
		CheckReport report = new CheckEngine(library).check(List.of(submission));
		assertEquals(List.of(), report.ruleErrors());
		return report.findings().stream().filter(f -> f.rule().endsWith(RULE_NAME)).toList();
	}

	/** A fixture of the standard library's tests, read through a standard rule file as its tests read it. */
	private static byte[] standardFixture(String name) throws Exception {
		RuleSource anyFinalFile = RuleLibrary.standardSources().stream().filter(s -> s.name().startsWith("standard/final/"))
				.findFirst().orElseThrow();
		return anyFinalFile.fixtures().read("../fixtures/" + name);
	}

	private static int lineOf(String text, String line, int from) {
		int offset = text.indexOf(line, from);
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}
}
