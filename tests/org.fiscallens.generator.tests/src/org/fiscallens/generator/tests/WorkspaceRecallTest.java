package org.fiscallens.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.generator.Fault;
import org.fiscallens.generator.GeneratedDocument;
import org.fiscallens.generator.GeneratorOptions;
import org.fiscallens.generator.ProvinceGenerator;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.Reviews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The injected faults as the workbench finds them: the generated province imported into a review workspace (which
 * links departments to their member units from the departments' own texts, not from the generator), checked and
 * recorded. At least 98 % of the faults have an error or warning recorded at their line, the department sums among
 * them; a fault-free province records no error or warning.
 */
public class WorkspaceRecallTest {

	@Test
	public void theWorkbenchFindsTheInjectedFaults(@TempDir Path temp) throws IOException {
		Path folder = temp.resolve("province");
		List<GeneratedDocument> documents = new ProvinceGenerator(
				new GeneratorOptions(80, List.of(2023, 2024), 11L, 0.5, GeneratorOptions.ALL_FORMATS)).generate(folder);
		try (Reviews reviews = Reviews.open(temp.resolve("workspace"), RuleLibrary.standard())) {
			reviews.importAndCheck(List.of(folder), ImportListener.NONE);
			List<String> missed = new ArrayList<>();
			int faults = 0;
			int departmentFaults = 0;
			for (GeneratedDocument document : documents) {
				for (Fault fault : document.faults()) {
					faults++;
					boolean department = fault.kind().equals("DEPARTMENT_MISMATCH");
					departmentFaults += department ? 1 : 0;
					if (!found(reviews, document, fault.line())) {
						missed.add(document.file().getFileName() + ":" + fault.line() + " " + fault.kind());
					}
				}
			}
			assertTrue(departmentFaults > 0, "the province has department sums to break");
			assertTrue(missed.stream().noneMatch(m -> m.endsWith("DEPARTMENT_MISMATCH")), missed.toString());
			double recall = 1.0 - (double) missed.size() / faults;
			assertTrue(recall >= 0.98, String.format("recall %.3f of %d faults; missed: %s", recall, faults, missed));
		}
	}

	@Test
	public void aFaultFreeProvinceRecordsNoErrorOrWarning(@TempDir Path temp) throws IOException {
		Path folder = temp.resolve("province");
		new ProvinceGenerator(new GeneratorOptions(60, List.of(2023, 2024), 5L, 0.0, GeneratorOptions.ALL_FORMATS))
				.generate(folder);
		try (Reviews reviews = Reviews.open(temp.resolve("workspace"), RuleLibrary.standard())) {
			reviews.importAndCheck(List.of(folder), ImportListener.NONE);
			List<String> raised = reviews.records().findings().stream()
					.filter(f -> f.getSeverity() != FindingSeverity.INFO)
					.map(f -> f.getUnitName() + " " + f.getRule() + " " + f.getMessage()).toList();
			assertEquals(List.of(), raised);
		}
	}

	private static boolean found(Reviews reviews, GeneratedDocument document, int line) {
		DisclosureKind kind = document.budget() ? DisclosureKind.BUDGET : DisclosureKind.FINAL;
		for (FindingRecord f : reviews.records().findingsOf(document.unit(), document.year(), kind)) {
			if (f.getSeverity() != FindingSeverity.INFO
					&& (f.getLocations().isEmpty() || f.getLocations().stream().anyMatch(l -> l.getLine() == line))) {
				return true;
			}
		}
		return false;
	}
}
