package org.fiscallens.memo.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests on the seeds' review ({@link ReviewedWorkspace}), made once per test class in a temporary folder. */
abstract class SeedsReviewTestCase {

	@TempDir
	static Path temp;
	static ReviewedWorkspace review;

	@BeforeAll
	static void review() throws IOException {
		review = ReviewedWorkspace.seeds(temp.resolve("workspace"));
	}

	@AfterAll
	static void close() throws IOException {
		review.reviews.close();
	}
}
