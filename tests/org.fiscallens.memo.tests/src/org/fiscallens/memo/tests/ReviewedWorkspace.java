package org.fiscallens.memo.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.model.review.UnitReviewStatus;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;

/**
 * A review in progress on real documents, made through the ReviewRecords API as reviewers make it: in the unit with
 * the most findings, the first five are confirmed (one with a comment), the sixth dismissed, the rest left 待审, and
 * a manual finding is added on a cell.
 */
final class ReviewedWorkspace {

	static final String REVIEWER = "张审核";
	static final String COMMENT = "请核对公开表与情况说明的口径";
	static final String MANUAL = "情况说明未说明三公经费增减原因";

	final Reviews reviews;
	final String unit;
	final List<FindingRecord> confirmed;
	final FindingRecord dismissed;
	final FindingRecord manual;

	private ReviewedWorkspace(Reviews reviews, String unit, List<FindingRecord> confirmed, FindingRecord dismissed,
			FindingRecord manual) {
		this.reviews = reviews;
		this.unit = unit;
		this.confirmed = confirmed;
		this.dismissed = dismissed;
		this.manual = manual;
	}

	static Path seeds() {
		String property = System.getProperty("fiscallens.seeds");
		Path dir = property == null ? Path.of("../../samples/seeds") : Path.of(property);
		assertTrue(Files.isDirectory(dir), "seeds not found at " + dir.toAbsolutePath());
		return dir;
	}

	static Path generated() {
		String property = System.getProperty("fiscallens.generated");
		Path dir = property == null ? Path.of("../../samples/generated") : Path.of(property);
		assertTrue(Files.isDirectory(dir), "generated province not found at " + dir.toAbsolutePath());
		return dir;
	}

	/** Where tests leave the memos they wrote, for a person (and the render check) to look at. */
	static Path memos() throws IOException {
		Path dir = Path.of(System.getProperty("fiscallens.memos", "target/memos"));
		Files.createDirectories(dir);
		return dir;
	}

	static ReviewedWorkspace seeds(Path workspace) throws IOException {
		Reviews reviews = Reviews.open(workspace);
		reviews.importAndCheck(List.of(seeds()), ImportListener.NONE);
		ReviewRecords records = reviews.records();
		Map<String, Integer> real = new HashMap<>();
		records.findings().stream().filter(f -> !f.isRounding()).forEach(f -> real.merge(f.getUnitName(), 1, Integer::sum));
		String unit = real.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		List<FindingRecord> candidates = records.findings().stream()
				.filter(f -> f.getUnitName().equals(unit) && !f.isRounding())
				.sorted(Comparator.comparing(FindingRecord::getKey)).toList();
		assertTrue(candidates.size() >= 8, unit + " has only " + candidates.size() + " findings");
		List<FindingRecord> confirmed = candidates.subList(0, 5);
		for (FindingRecord f : confirmed) {
			records.setStatus(f, FindingStatus.CONFIRMED, DismissReason.NONE, "核实", REVIEWER);
		}
		records.comment(confirmed.get(0), COMMENT, REVIEWER);
		FindingRecord dismissed = candidates.get(5);
		records.setStatus(dismissed, FindingStatus.DISMISSED, DismissReason.FALSE_POSITIVE, "误报", REVIEWER);
		SubmissionEntry document = reviews.workspace().entries().stream().filter(e -> e.unitName().equals(unit))
				.findFirst().orElseThrow();
		FindingRecord manual = records.addManual(document, FindingSeverity.WARNING, MANUAL,
				List.of(ReviewRecords.location(0, null, null, null, "三公经费支出情况说明")), REVIEWER);
		records.assign(unit, REVIEWER, UnitReviewStatus.IN_PROGRESS);
		records.save();
		return new ReviewedWorkspace(reviews, unit, List.copyOf(confirmed), dismissed, manual);
	}

	/** The unit's findings still 待审 that a draft lists (rounding tails apart). */
	List<FindingRecord> pending() {
		return reviews.records().findings().stream().filter(f -> f.getUnitName().equals(unit) && !f.isRounding()
				&& f.getStatus() == FindingStatus.OPEN).toList();
	}

	long roundingTails() {
		return reviews.records().findings().stream().filter(f -> f.getUnitName().equals(unit) && f.isRounding()
				&& f.getStatus() != FindingStatus.DISMISSED).count();
	}
}
