package org.fiscallens.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fiscallens.engine.DocumentResult;
import org.fiscallens.generator.Fault;
import org.fiscallens.generator.GeneratedDocument;
import org.fiscallens.generator.GeneratorOptions;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.interpreter.SourceRef;
import org.fiscallens.rules.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard library finds the generator's injected faults: at least 98 % of the manifest's faults have an error
 * or warning finding in their document whose locations include the manifest line (a finding without any location is
 * about the whole document, a missing table, and counts for it). A fault-free province gives no error or warning
 * ({@link FaultFreeProvinceTest}), so every such finding is one a fault caused.
 */
public class FaultRecallTest {

	@Test
	public void atLeast98PercentOfInjectedFaultsAreFoundAtTheirLine(@TempDir Path folder) throws IOException {
		CheckedProvince province = CheckedProvince.generate(
				new GeneratorOptions(80, List.of(2023, 2024), 11L, 0.5, GeneratorOptions.ALL_FORMATS), folder);
		Map<String, DocumentResult> results = province.report().documents().stream()
				.collect(Collectors.toMap(d -> d.submission().getSource().getPath(), Function.identity()));
		List<String> missed = new ArrayList<>();
		Set<Integer> families = new TreeSet<>();
		int faults = 0;
		for (GeneratedDocument document : province.documents()) {
			DocumentResult result = results.get(document.file().toString());
			for (Fault fault : document.faults()) {
				faults++;
				families.add(fault.family());
				if (!found(result.findings(), fault.line())) {
					missed.add(document.file().getFileName() + ":" + fault.line() + " " + fault.kind() + " " + fault.description());
				}
			}
		}
		assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7), families, "every relation family has faults");
		assertTrue(faults >= 100, "faults: " + faults);
		double recall = 1.0 - (double) missed.size() / faults;
		assertTrue(recall >= 0.98, String.format("recall %.3f of %d faults; missed: %s", recall, faults, missed));
	}

	private static boolean found(List<Finding> findings, int line) {
		return findings.stream().filter(f -> f.severity() != Severity.INFO).anyMatch(
				f -> f.locations().isEmpty() || f.locations().stream().mapToInt(SourceRef::line).anyMatch(l -> l == line));
	}
}
