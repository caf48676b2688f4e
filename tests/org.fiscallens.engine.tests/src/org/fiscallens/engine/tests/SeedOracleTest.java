package org.fiscallens.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fiscallens.engine.CheckReport;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.interpreter.SourceRef;
import org.fiscallens.rules.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * The standard library on the five real seeds against the reviewers' own manual review
 * ({@code oracle/seed-review.csv}, written by reading the documents, with a record in {@code seed-review.md}): every
 * real inconsistency of the main tables and the narrative is found at its lines; no error or warning is raised where
 * the review found the relations to hold; rounding tails are info.
 */
public class SeedOracleTest {

	/** One row of the oracle. */
	record Expected(String seed, int family, String kind, String tables, Set<Integer> lines, String description) {
		/** Inconsistencies of the main tables and the narrative (not those living only inside the annexes). */
		boolean inScope() {
			return kind.equals("real") && !tables.equals("附件");
		}
	}

	static List<Expected> oracle() throws Exception {
		List<List<String>> rows = Seeds.csv(Seeds.resource("oracle/seed-review.csv"));
		List<Expected> expected = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			Set<Integer> lines = Arrays.stream(row.get(4).split(";")).map(String::trim).filter(s -> !s.isEmpty())
					.map(Integer::valueOf).collect(Collectors.toSet());
			expected.add(new Expected(row.get(0), Integer.parseInt(row.get(1)), row.get(2), row.get(3), lines,
					row.get(5)));
		}
		return expected;
	}

	private static boolean matches(Finding f, Expected e) {
		return f.file().startsWith(e.seed()) && f.locations().stream().map(SourceRef::line).anyMatch(e.lines()::contains);
	}

	private static boolean serious(Finding f) {
		return f.severity() == Severity.ERROR || f.severity() == Severity.WARNING;
	}

	@Test
	public void findsEveryRealInconsistencyOfTheTablesAndTheNarrative() throws Exception {
		CheckReport report = Seeds.report();
		List<Expected> missed = new ArrayList<>();
		List<Expected> inScope = oracle().stream().filter(Expected::inScope).toList();
		for (Expected e : inScope) {
			if (report.findings().stream().noneMatch(f -> serious(f) && matches(f, e))) {
				missed.add(e);
			}
		}
		assertTrue(inScope.size() >= 15, "the oracle lists the seeds' real inconsistencies: " + inScope.size());
		assertEquals(List.of(), missed, "real inconsistencies without an error or warning at their lines");
	}

	@Test
	public void raisesNoErrorOrWarningWhereTheRelationsHold() throws Exception {
		List<Expected> real = oracle().stream().filter(e -> e.kind().equals("real")).toList();
		List<String> unexplained = Seeds.report().findings().stream().filter(SeedOracleTest::serious)
				.filter(f -> real.stream().noneMatch(e -> matches(f, e)))
				.map(f -> f.file() + ":" + f.firstLine() + " [" + f.rule() + "] " + f.message()).toList();
		assertEquals(List.of(), unexplained, "errors or warnings that the manual review does not support");
	}

	@Test
	public void roundingTailsAreInfoAndFoundWhereTheReviewFoundThem() throws Exception {
		List<Finding> rounding = Seeds.report().findings().stream().filter(Finding::rounding).toList();
		assertTrue(rounding.stream().allMatch(f -> f.severity() == Severity.INFO), "a rounding tail is info");
		// the manual review's rounding tails inside the main tables are each reported as a rounding tail
		List<Expected> tails = oracle().stream().filter(e -> e.kind().equals("rounding") && e.family() == 1).toList();
		List<Expected> missed = tails.stream().filter(e -> rounding.stream().noneMatch(f -> matches(f, e))).toList();
		assertTrue(tails.size() >= 50, "the review found many rounding tails: " + tails.size());
		assertEquals(List.of(), missed, "rounding tails of the review that were not reported");
	}

	@Test
	public void aShareIsQuotedAtThePrintedPrecisionAndKeptExactInTheDetails() throws Exception {
		// seed 001 line 420: 基本支出占比 printed 40.10%, the tables give 78.17 ÷ 194.91 = 40.10569…%
		List<Finding> findings = Seeds.report().findings();
		Finding share = findings.stream()
				.filter(f -> f.file().startsWith("001") && f.rule().endsWith("说明支出占比"))
				.filter(f -> f.locations().stream().anyMatch(l -> l.line() == 420)).findFirst()
				.orElseThrow(() -> new AssertionError("no share finding at 001:420 among " + findings.stream().filter(f -> f.file().startsWith("001")).map(f -> f.rule() + "@" + f.firstLine())
						.toList()));
		assertTrue(share.message().contains("40.10%") && share.message().contains("40.11%"), share.message());
		assertTrue(!share.message().contains("40.1056"), "the message rounds the computed share: " + share.message());
		assertTrue(share.expected().contains("40.10569"), "the details keep the exact share: " + share.expected());
	}
}
