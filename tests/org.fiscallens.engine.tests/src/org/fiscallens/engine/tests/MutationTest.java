package org.fiscallens.engine.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.DocumentResult;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.CellState;
import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.ClaimKind;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Section;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.rules.interpreter.DocumentSet;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.interpreter.SourceRef;
import org.fiscallens.rules.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * Mutation test of the standard library: copies of the seeds with one printed amount changed by a substantive step
 * (10 %, at least 1 万元) — in a main table or in the narrative — must each produce a new error or warning whose
 * locations include the changed line.
 */
public class MutationTest {

	private static final int PER_SEED = 24;

	/** A place to change: a line, where on it the printed number starts, the number as printed. */
	record Site(String seed, int line, int column, String printed, BigDecimal value, String what) {
	}

	@Test
	public void atLeast95PercentOfSubstantiveChangesAreCaughtAtTheirLine() throws Exception {
		CheckEngine engine = new CheckEngine(Seeds.library());
		DisclosureImporter importer = new DisclosureImporter();
		List<Site> sites = new ArrayList<>();
		for (String seed : new String[] { "000", "001", "002", "003", "004" }) {
			List<Site> candidates = candidates(seed, Seeds.submissions().get(Integer.parseInt(seed)));
			Collections.shuffle(candidates, new Random(20241126L + seed.hashCode()));
			sites.addAll(candidates.subList(0, Math.min(PER_SEED, candidates.size())));
		}
		assertTrue(sites.size() >= 100, "at least 100 mutants: " + sites.size());

		List<String> missed = new ArrayList<>();
		for (Site site : sites) {
			String[] lines = Seeds.text(site.seed()).split("\n", -1);
			Submission original = importer.importBytes(site.seed() + ".txt",
					Seeds.text(site.seed()).getBytes(StandardCharsets.UTF_8));
			Set<String> before = keys(engine.check(original, DocumentSet.NONE));
			String line = lines[site.line() - 1];
			int at = line.indexOf(site.printed(), Math.max(0, site.column() - 1));
			if (at < 0) {
				at = line.indexOf(site.printed());
			}
			String changed = changed(site.value());
			lines[site.line() - 1] = line.substring(0, at) + changed + line.substring(at + site.printed().length());
			Submission mutant = importer.importBytes(site.seed() + ".txt",
					String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
			DocumentResult result = engine.check(mutant, DocumentSet.NONE);
			boolean caught = result.findings().stream().filter(f -> f.severity() != Severity.INFO)
					.filter(f -> !before.contains(key(f)))
					.anyMatch(f -> f.locations().stream().mapToInt(SourceRef::line).anyMatch(l -> l == site.line()));
			if (!caught) {
				missed.add(site.seed() + ":" + site.line() + " " + site.what() + " " + site.printed() + " → " + changed);
			}
		}
		double caughtShare = 1.0 - (double) missed.size() / sites.size();
		System.out.printf("mutation test: %d mutants, %d caught (%.1f%%); missed: %s%n", sites.size(),
				sites.size() - missed.size(), caughtShare * 100, missed);
		assertTrue(caughtShare >= 0.95, String.format("%.1f%% caught; missed %d: %s", caughtShare * 100,
				missed.size(), missed));
	}

	/** Non-zero readable amounts of the main tables, and money amounts stated in the narrative. */
	private static List<Site> candidates(String seed, Submission s) {
		List<Site> sites = new ArrayList<>();
		Set<Integer> used = new HashSet<>();
		for (Table t : s.getTables()) {
			if (t.getCatalogueCode() == null) {
				continue;
			}
			for (Row r : t.getRows()) {
				for (Cell c : r.getCells()) {
					if (c.getState() == CellState.VALUE && c.getValue() != null && c.getValue().signum() > 0
							&& c.getLine() > 0 && used.add(c.getLine() * 1000 + c.getSourceColumn())) {
						sites.add(new Site(seed, c.getLine(), c.getSourceColumn(), c.getRaw().trim(), c.getValue(),
								t.getCatalogueCode() + " " + r.getName()));
					}
				}
			}
		}
		if (s.getNarrative() != null) {
			for (Section section : s.getNarrative().getSections()) {
				for (Claim k : section.getClaims()) {
					if (k.getKind() == ClaimKind.AMOUNT && "万元".equals(k.getUnit()) && k.getValue() != null
							&& k.getValue().signum() > 0 && k.getLine() > 0
							&& used.add(k.getLine() * 1000 + k.getSourceColumn())) {
						String printed = k.getRaw().replace("万元", "").trim();
						sites.add(new Site(seed, k.getLine(), k.getSourceColumn(), printed, k.getValue(),
								"说明 " + k.getLabel()));
					}
				}
			}
		}
		return sites;
	}

	/** A substantive change: 10 % more, at least 1 万元, printed with two decimals. */
	private static String changed(BigDecimal value) {
		BigDecimal step = value.abs().multiply(new BigDecimal("0.1")).max(BigDecimal.ONE);
		return value.add(step).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static Set<String> keys(DocumentResult result) {
		Set<String> keys = new HashSet<>();
		result.findings().forEach(f -> keys.add(key(f)));
		return keys;
	}

	private static String key(Finding f) {
		return f.rule() + "|" + f.severity() + "|" + f.locations() + "|" + f.difference();
	}
}
