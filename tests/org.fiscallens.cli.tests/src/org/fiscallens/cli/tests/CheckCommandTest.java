package org.fiscallens.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fiscallens.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code ./fiscallens check} as the CLI contract of docs/architecture.md describes it. */
public class CheckCommandTest extends CliTestCase {

	/** The standard library's consistent test document (every rule holds on it). */
	private static final Path CONSISTENT = SEEDS.resolve(
			"../../bundles/org.fiscallens.rules.standard/rules/fixtures/final-consistent.txt").normalize();

	@Test
	public void seedsHaveErrorsSoTheExitCodeIs1() {
		assertEquals(Cli.EXIT_FINDINGS, run(SEEDS, "check", "."), err());
		assertTrue(out().contains("5 document(s)"), out());
		assertTrue(out().contains("[方向词与符号]"), "seed 000's 减少-1095.12 is reported");
	}

	@Test
	public void aConsistentDocumentPassesWithExitCode0() {
		assertEquals(Cli.EXIT_OK, run(CONSISTENT.getParent(), "check", CONSISTENT.getFileName().toString()), out());
		assertTrue(out().contains("0 error(s), 0 warning(s)"), out());
	}

	@Test
	public void jsonFollowsTheContract() {
		run(SEEDS, "check", "--format", "json", ".");
		JsonObject root = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals("fiscallens", root.get("tool").getAsString());
		assertTrue(root.has("version"));
		JsonArray documents = root.getAsJsonArray("documents");
		assertEquals(5, documents.size());
		for (JsonElement d : documents) {
			JsonObject doc = d.getAsJsonObject();
			assertTrue(doc.get("file").getAsString().endsWith(".txt"), "file as given");
			assertTrue(doc.get("year").getAsInt() >= 2023);
			assertTrue(doc.get("kind").getAsString().matches("final|budget"));
			assertFalse(doc.getAsJsonArray("tables").isEmpty());
			assertTrue(doc.has("unit") && doc.has("diagnostics"));
		}
		JsonArray findings = root.getAsJsonArray("findings");
		assertTrue(findings.size() > 50);
		boolean sawNarrativeLocation = false;
		for (JsonElement f : findings) {
			JsonObject finding = f.getAsJsonObject();
			for (String key : new String[] { "rule", "title", "severity", "rounding", "file", "message", "expected",
					"actual", "difference", "locations" }) {
				assertTrue(finding.has(key), key + " in " + finding);
			}
			assertTrue(finding.get("severity").getAsString().matches("error|warning|info"));
			for (JsonElement l : finding.getAsJsonArray("locations")) {
				JsonObject location = l.getAsJsonObject();
				assertTrue(location.get("line").getAsInt() > 0, "1-based line: " + finding);
				sawNarrativeLocation |= location.has("section");
			}
		}
		assertTrue(sawNarrativeLocation, "narrative findings point at their section");
	}

	@Test
	public void sarifIsVersion210WithRulesAndResults() {
		run(SEEDS, "check", "--format", "sarif", ".");
		JsonObject root = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals("2.1.0", root.get("version").getAsString());
		JsonObject run = root.getAsJsonArray("runs").get(0).getAsJsonObject();
		assertTrue(run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules").size() >= 80);
		JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
		assertTrue(result.get("level").getAsString().matches("error|warning|note"));
		assertTrue(result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
				.getAsJsonObject("region").get("startLine").getAsInt() > 0);
	}

	@Test
	public void anUnreadablePathGivesExitCode2AfterReportingTheOthers(@TempDir Path temp) throws Exception {
		Files.copy(CONSISTENT, temp.resolve("ok.txt"));
		assertEquals(Cli.EXIT_USAGE, run(temp, "check", "ok.txt", "missing.txt"));
		assertTrue(err().contains("missing.txt: no such file or folder"), err());
		assertTrue(out().contains("ok.txt"), "the readable document is still reported: " + out());
	}

	@Test
	public void aBrokenRuleFileIsReportedWithItsLineAndTheOthersStillRun(@TempDir Path temp) throws Exception {
		Path rules = Files.createDirectories(temp.resolve("rules"));
		Files.writeString(rules.resolve("broken.flr"), """
				package 我的规则

				rule 坏规则 "unknown table" {
					severity error
					check 公开99.row("合计")[1] = 0
				}
				""");
		Files.writeString(rules.resolve("good.flr"), """
				package 我的规则

				rule 收入总计为正 "收入总计大于零" {
					severity warning
					applies to 决算
					check 公开01.row("总计", side: "收入")["收入金额"] > 0
				}
				""");
		Files.copy(CONSISTENT, temp.resolve("doc.txt"));
		run(temp, "check", "--no-standard", "--rules", "rules", "--format", "json", "doc.txt");
		assertTrue(err().contains("broken.flr:5"), "the error is reported at its line: " + err());
		assertTrue(err().contains("公开99"), err());
		JsonObject root = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals(0, root.getAsJsonArray("findings").size(), "the good rule ran and its relation holds");
		assertTrue(root.getAsJsonArray("notApplicable").isEmpty(), "the good rule applied: " + root.get("notApplicable"));
	}

	@Test
	public void testRulesRunsTheStandardLibraryTests() {
		assertEquals(Cli.EXIT_OK, run(SEEDS, "test-rules"), out() + err());
		assertTrue(out().matches("(?s).*\\d+ rule\\(s\\), \\d+ test\\(s\\): \\d+ passed, 0 failed.*"), out());
	}

	/**
	 * A department against its member units, in a generated province: every department sum the generator broke (its
	 * manifest's DEPARTMENT_MISMATCH lines) is an error at that line of the department's document, and no other
	 * department sum is off by more than rounding.
	 */
	@Test
	public void departmentsAreCheckedAgainstTheirMemberUnits(@TempDir Path temp) throws IOException {
		assertEquals(Cli.EXIT_OK, run(temp, "generate", "--units", "80", "--seed", "11", "--fault-rate", "0.5", "province"),
				err());
		List<String> broken = Files.readAllLines(temp.resolve("province/manifest.csv")).stream()
				.filter(l -> l.contains(",DEPARTMENT_MISMATCH,")).toList();
		assertFalse(broken.isEmpty(), "the province has department sums to break");
		run(temp, "check", "--format", "json", "--out", "report.json", "province");
		JsonArray findings = JsonParser.parseString(Files.readString(temp.resolve("report.json"))).getAsJsonObject()
				.getAsJsonArray("findings");
		List<String> departmentErrors = new ArrayList<>();
		for (JsonElement f : findings) {
			JsonObject finding = f.getAsJsonObject();
			if (finding.get("rule").getAsString().endsWith("部门等于所属单位之和")
					&& !finding.get("severity").getAsString().equals("info")) {
				for (JsonElement l : finding.getAsJsonArray("locations")) {
					departmentErrors.add(Path.of("province").relativize(Path.of(finding.get("file").getAsString()))
							+ "," + l.getAsJsonObject().get("line").getAsInt());
				}
			}
		}
		for (String fault : broken) {
			String[] cells = fault.split(",");
			assertTrue(departmentErrors.contains(cells[0] + "," + cells[1]), fault + " not among " + departmentErrors);
		}
		Set<String> faultyFiles = broken.stream().map(l -> l.split(",")[0]).collect(Collectors.toSet());
		assertTrue(departmentErrors.stream().allMatch(e -> faultyFiles.contains(e.substring(0, e.lastIndexOf(',')))),
				"department errors only where a sum was broken: " + departmentErrors);
	}
}
