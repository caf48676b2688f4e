package org.fiscallens.review.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ReviewWorkspace;
import org.fiscallens.review.SubmissionEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing keeps no document in memory: a unit's fourth document used to make the index resolve (load, and keep)
 * the unit's other three, which on a province ran a 2 GB heap out.
 */
public class ImportLoadsNothingTest {

	private static final Path REGION = Path.of(System.getProperty("fiscallens.seeds", "samples/seeds"))
			.resolveSibling("generated").resolve("嘉禾省本级");

	@Test
	public void noDocumentIsLoadedAfterAnImport(@TempDir Path dir) throws Exception {
		try (ReviewWorkspace ws = ReviewWorkspace.open(dir)) {
			ws.importPaths(List.of(REGION), ImportListener.NONE);
			ws.save();
			List<SubmissionEntry> entries = ws.entries();
			assertTrue(entries.size() >= 40, "units with four documents each: " + entries.size());
			for (SubmissionEntry e : entries) {
				assertFalse(ws.isLoaded(e.id()), "loaded by the import: " + e.unitName() + " " + e.year() + " " + e.kind());
			}
		}
	}
}
