package org.fiscallens.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.SubmissionIndex;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Region;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ReviewWorkspace;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.rules.interpreter.DocumentSet;
import org.fiscallens.rules.interpreter.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing and checking on every core gives the workspace and the findings that one document after the other gives:
 * a generated region (units with both years and both kinds, so the rules look across documents), saved in
 * checkpoints along the way.
 */
public class ParallelImportTest {

	private static final Path GENERATED = Path.of(System.getProperty("fiscallens.seeds", "samples/seeds"))
			.resolveSibling("generated");
	/** The province's own units and one city: several import chunks, so units are checked and saved on the way. */
	static final List<Path> REGIONS = List.of(GENERATED.resolve("嘉禾省本级"), GENERATED.resolve("青阳市"));

	/** Regions, units, their kinds, departments and number of documents (file URIs differ between folders). */
	private static String tree(List<Region> regions) {
		StringBuilder out = new StringBuilder();
		for (Region r : regions) {
			out.append(r.getName()).append(' ').append(r.getLevel()).append(" {");
			for (Unit u : r.getUnits()) {
				out.append(u.getName()).append('/').append(u.getKind()).append('/')
						.append(u.getDepartment() == null ? "" : u.getDepartment().getName()).append('/')
						.append(u.getSubmissions().size()).append("; ");
			}
			out.append(tree(r.getChildren())).append("} ");
		}
		return out.toString();
	}

	@Test
	public void parallelImportAndCheckEqualsOneDocumentAfterTheOther(@TempDir Path tmp) throws Exception {
		RuleLibrary library = RuleLibrary.standard();
		Path parallel = tmp.resolve("parallel");
		try (Reviews reviews = Reviews.open(parallel, library)) {
			// saved (and the saved units' records dropped from memory) every 10 documents, as a province import is
			reviews.checkpointEvery(100).importAndCheck(REGIONS, ImportListener.NONE);
		}
		List<Path> files = new ArrayList<>();
		for (Path region : REGIONS) {
			try (Stream<Path> list = Files.list(region)) {
				list.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().forEach(files::add);
			}
		}
		assertTrue(files.size() >= 300, files.toString());

		Path sequential = tmp.resolve("sequential");
		try (ReviewWorkspace ws = ReviewWorkspace.open(sequential)) {
			for (Path f : files) {
				ws.importPaths(List.of(f), ImportListener.NONE); // one file per run: nothing to parallelize
			}
			ws.save();
		}

		try (Reviews reviews = Reviews.open(parallel, library);
				ReviewWorkspace one = ReviewWorkspace.open(sequential)) {
			List<SubmissionEntry> entries = reviews.workspace().entries();
			assertEquals(one.entries(), entries, "the same entries, in the same order");
			assertEquals(tree(one.province().getRegions()), tree(reviews.workspace().province().getRegions()),
					"the same region tree");

			// the rules' findings, checked one document after the other against all the others
			CheckEngine engine = new CheckEngine(library);
			List<Submission> all = new ArrayList<>();
			for (SubmissionEntry e : entries) {
				Submission s = one.load(e.id());
				s.setUnit(WorkspaceStoreTest.findUnit(one, e.unitName())); // the tree's department links
				all.add(s);
			}
			SubmissionIndex index = new SubmissionIndex(all);
			List<Unit> units = WorkspaceStoreTest.allUnits(one);
			DocumentSet others = new DocumentSet() {
				@Override
				public Optional<Submission> find(String unitName, int year, DisclosureKind kind) {
					return index.find(unitName, year, kind);
				}

				/** A department's member documents only when every member unit of the tree has one, as in the workbench. */
				@Override
				public List<Submission> members(Submission department) {
					List<Submission> found = index.members(department);
					long memberUnits = units.stream().filter(u -> u.getDepartment() == department.getUnit()).count();
					return found.size() == memberUnits ? found : List.of();
				}

				@Override
				public Optional<Submission> department(Submission unit) {
					return index.department(unit);
				}
			};
			int compared = 0;
			for (int i = 0; i < entries.size(); i++) {
				SubmissionEntry e = entries.get(i);
				Map<String, Integer> expected = new TreeMap<>();
				for (Finding f : engine.check(all.get(i), others).findings()) {
					expected.merge(f.rule() + " " + f.message(), 1, Integer::sum);
				}
				Map<String, Integer> recorded = new TreeMap<>();
				for (FindingRecord f : reviews.records().findingsOf(e.unitName(), e.year(), e.kind())) {
					recorded.merge(f.getRule() + " " + f.getMessage(), 1, Integer::sum);
				}
				assertEquals(expected, recorded, e.unitName() + " " + e.year() + " " + e.kind());
				compared += expected.size();
			}
			assertTrue(compared > 0, "some findings were compared");
		}
	}
}
