package org.fiscallens.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.fiscallens.cli.Cli;
import org.fiscallens.cli.DepartmentMembersFromFiles;
import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.DocumentResult;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.StreamingCheck;
import org.fiscallens.engine.SubmissionIndex;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.rules.interpreter.DocumentSet;
import org.fiscallens.rules.interpreter.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming check compares each department with its member units (部门 = Σ 所属单位) exactly as checking every
 * document of the province together does — in file order, and in a shuffled order where members come before their
 * department, after it was checked, and units come back after they were dropped.
 */
public class StreamingDepartmentsTest extends CliTestCase {

	private static final String DEPARTMENT_RULE = "部门等于所属单位之和";

	@Test
	public void departmentsStreamedInAnyOrderFindWhatCheckingEverythingTogetherFinds(@TempDir Path temp)
			throws IOException {
		assertEquals(Cli.EXIT_OK, run(temp, "generate", "--units", "40", "--seed", "3", "--fault-rate", "0.5", "p"), err());
		List<Path> files;
		try (Stream<Path> walk = Files.walk(temp.resolve("p"))) {
			files = walk.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).sorted().toList();
		}
		CheckEngine engine = new CheckEngine(RuleLibrary.standard(List.of()));
		DepartmentMembersFromFiles membersOf = new DepartmentMembersFromFiles();

		// the oracle: every document at once; a department (its members as the longest list any of its documents gives)
		// sees every member's documents, all of them or none
		List<Submission> all = files.stream().map(StreamingDepartmentsTest::read).toList();
		SubmissionIndex index = new SubmissionIndex(all);
		Map<String, List<String>> membersByUnit = new HashMap<>();
		for (int i = 0; i < files.size(); i++) {
			List<String> named = membersOf.apply(files.get(i), all.get(i));
			membersByUnit.merge(all.get(i).getUnitName(), named, (a, b) -> b.size() > a.size() ? b : a);
		}
		List<DocumentResult> together = new ArrayList<>();
		int departments = 0;
		for (int i = 0; i < files.size(); i++) {
			List<String> members = membersByUnit.get(all.get(i).getUnitName());
			departments += members.isEmpty() ? 0 : 1;
			DocumentSet others = members.isEmpty() ? index : new DocumentSet() {
				@Override
				public Optional<Submission> find(String unit, int year, DisclosureKind kind) {
					return index.find(unit, year, kind);
				}

				@Override
				public List<Submission> members(Submission department) {
					return DocumentSet.allMembers(members,
							name -> index.find(name, department.getYear(), department.getKind()));
				}

				@Override
				public Optional<Submission> department(Submission unit) {
					return Optional.empty();
				}
			};
			together.add(engine.check(all.get(i), others));
		}
		assertTrue(departments >= 8, "the province has departments: " + departments);
		Map<String, List<String>> expected = outcome(together);
		assertTrue(Files.readString(temp.resolve("p/manifest.csv")).contains(",DEPARTMENT_MISMATCH,"));
		assertTrue(expected.values().stream().flatMap(List::stream).anyMatch(l -> l.startsWith(DEPARTMENT_RULE + " error")),
				"the broken department sums were found");

		StreamingCheck inOrder = new StreamingCheck(engine, StreamingDepartmentsTest::read, 4).departments(membersOf);
		assertEquals(expected, outcome(inOrder.run(files).documents()));

		List<Path> shuffled = new ArrayList<>(files);
		Collections.shuffle(shuffled, new Random(3));
		StreamingCheck outOfOrder = new StreamingCheck(engine, StreamingDepartmentsTest::read, 3).departments(membersOf)
				.inGivenOrder();
		assertEquals(expected, outcome(outOfOrder.run(shuffled).documents()));
		assertTrue(outOfOrder.reopenedUnits() > 0, "units and departments came back after they were checked");
	}

	private static Submission read(Path file) {
		Submission s = new DisclosureImporter().importFile(file);
		s.getSource().setPath(file.toString());
		return s;
	}

	/** Per file: every finding (rule, severity, message, where) in reading order, and what was not applicable. */
	private static Map<String, List<String>> outcome(List<DocumentResult> results) {
		Map<String, List<String>> byFile = new TreeMap<>();
		for (DocumentResult d : results) {
			List<String> lines = new ArrayList<>();
			for (Finding f : d.findings()) {
				lines.add(f.rule().replaceFirst(".*\\.", "") + " " + f.severity() + " " + f.message() + " " + f.locations());
			}
			d.notApplicable().forEach(n -> lines.add("n/a " + n.rule() + " " + n.reason()));
			byFile.put(d.submission().getSource().getPath(), lines);
		}
		return byFile;
	}
}
