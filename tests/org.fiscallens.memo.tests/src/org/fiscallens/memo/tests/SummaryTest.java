package org.fiscallens.memo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.memo.MemoExporter;
import org.fiscallens.memo.MemoFormat;
import org.fiscallens.memo.MemoOptions;
import org.fiscallens.memo.MemoScope;
import org.fiscallens.memo.Progress;
import org.fiscallens.memo.facts.BarChart;
import org.fiscallens.memo.facts.Summary;
import org.fiscallens.memo.facts.Wording;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.review.ImportListener;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.rules.RuleFile;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 检查情况通报 of the generated province (300 units, 1,200 documents) after a review made through the API: its
 * charts and tables against counts taken directly from the records, and the DOCX with both charts.
 */
class SummaryTest {

	@TempDir
	static Path temp;
	static Reviews reviews;
	static final MemoOptions OPTIONS = MemoOptions.defaults().withDate(LocalDate.of(2025, 6, 30));

	@BeforeAll
	static void review() throws IOException {
		reviews = Reviews.open(temp.resolve("workspace"));
		reviews.importAndCheck(List.of(ReviewedWorkspace.generated()), ImportListener.NONE);
		ReviewRecords records = reviews.records();
		// a review half done: every third real finding confirmed, every seventh dismissed, the rest pending
		int i = 0;
		for (FindingRecord f : records.findings()) {
			if (f.isRounding()) {
				continue;
			}
			if (i % 3 == 0) {
				records.setStatus(f, FindingStatus.CONFIRMED, DismissReason.NONE, null, "审核员");
			} else if (i % 7 == 0) {
				records.setStatus(f, FindingStatus.DISMISSED, DismissReason.EXPLAINED_BY_UNIT, null, "审核员");
			}
			i++;
		}
		records.save();
	}

	@AfterAll
	static void close() throws IOException {
		reviews.close();
	}

	/** The city of a unit, straight from the index (the second segment of its region path), or 本级. */
	private static Map<String, String> cityOfUnit(String province) {
		Map<String, String> city = new HashMap<>();
		for (SubmissionEntry e : reviews.workspace().entries()) {
			String[] parts = e.regionPath().split("/");
			city.put(e.unitName(), parts.length > 1 ? parts[1] : province + "本级");
		}
		return city;
	}

	@Test
	void chartsAndTablesMatchTheRecords() throws IOException {
		long start = System.nanoTime();
		MemoExporter exporter = new MemoExporter(reviews, OPTIONS);
		Summary summary = exporter.summary(new MemoScope.Province());
		System.out.printf("province summary facts of %d units, %d findings: %d ms%n", summary.units(),
				reviews.records().findings().size(), (System.nanoTime() - start) / 1_000_000);

		Map<String, Integer> byCategory = new TreeMap<>();
		Map<String, Integer> byCity = new TreeMap<>();
		Map<String, String> city = cityOfUnit(summary.scopeName());
		// the relation family of each rule: the second part of the package of its file (决算.表内 → 表内)
		Map<String, String> families = new HashMap<>();
		for (Rule rule : RuleLibrary.standard().rules()) {
			String[] pkg = ((RuleFile) rule.eContainer()).getName().split("\\.");
			families.put((pkg[0].equals("预算") ? "budget" : "final") + "|" + rule.getName(), pkg[1]);
		}
		int confirmed = 0;
		for (FindingRecord f : reviews.records().findings()) {
			if (f.isRounding() || f.getStatus() != FindingStatus.CONFIRMED) {
				continue;
			}
			confirmed++;
			String family = f.isManual() ? "人工" : families.get(f.getKind() + "|" + f.getRule());
			byCategory.merge(Wording.categoryName(family) + "/" + Wording.severity(f.getSeverity()), 1, Integer::sum);
			byCity.merge(city.get(f.getUnitName()) + "/" + Wording.severity(f.getSeverity()), 1, Integer::sum);
		}
		assertTrue(confirmed > 50, "a real review: " + confirmed);
		assertEquals(byCategory, cells(summary.categoryChart()));
		assertEquals(byCity, cells(summary.regionChart()));
		assertEquals(confirmed, summary.reported());
		assertEquals(confirmed, summary.categoryChart().total());
		assertEquals(city.size(), summary.units());
		assertEquals(reviews.workspace().entries().size(), summary.documents());
		// a clicked bar shows the findings behind it: all confirmed, all of that category
		String firstBar = summary.categoryChart().categories().get(0);
		for (FindingRecord f : summary.categoryChart().findings(firstBar)) {
			assertEquals(FindingStatus.CONFIRMED, f.getStatus());
			assertEquals(firstBar, Wording.categoryName(Wording.category(f)));
		}

		start = System.nanoTime();
		Path docxFile = exporter.export(new MemoScope.Province(), MemoFormat.DOCX, ReviewedWorkspace.memos(),
				Progress.NONE).get(0);
		System.out.printf("province summary DOCX with charts: %d ms%n", (System.nanoTime() - start) / 1_000_000);
		DocxText docx = new DocxText(docxFile);
		assertEquals(2, docx.document.getAllPictures().size(), "both charts");
		List<List<String>> rows = docx.rowsAfter("问题分类情况");
		for (Summary.CountRow row : summary.byCategory()) {
			List<String> printed = rows.stream().filter(r -> r.get(0).equals(row.name())).findFirst().orElseThrow();
			int errors = byCategory.getOrDefault(row.name() + "/错误", 0);
			int warnings = byCategory.getOrDefault(row.name() + "/警告", 0);
			int infos = byCategory.getOrDefault(row.name() + "/提示", 0);
			assertEquals(List.of(row.name(), "" + errors, "" + warnings, "" + infos, "" + (errors + warnings + infos)),
					printed.subList(0, 5));
		}
		assertEquals("合计", rows.get(rows.size() - 1).get(0));
		assertEquals("" + confirmed, rows.get(rows.size() - 1).get(4));
		List<List<String>> regions = docx.rowsAfter("分地区情况");
		assertEquals(summary.regionChart().categories().size() + 1, regions.size());
		long dismissed = reviews.records().findings().stream().filter(f -> f.getStatus() == FindingStatus.DISMISSED)
				.count();
		assertTrue(docx.all().contains("驳回 " + dismissed + " 个"), "progress of the review");
	}

	@Test
	void regionSummaryCountsOnlyItsUnits() throws IOException {
		MemoExporter exporter = new MemoExporter(reviews, OPTIONS.withDraft(true));
		Summary province = exporter.summary(new MemoScope.Province());
		String cityName = province.regionChart().categories().stream().filter(c -> !c.endsWith("本级")).findFirst()
				.orElseThrow();
		Summary region = exporter.summary(new MemoScope.Region(cityName));
		assertEquals(province.regionChart().total(cityName), region.reported(), "draft: confirmed and pending");
		assertFalse(region.regionChart().categories().contains(cityName), "a city is split into its counties");
		int pending = (int) region.categoryChart().categories().stream()
				.flatMap(c -> region.categoryChart().findings(c).stream())
				.filter(f -> f.getStatus() == FindingStatus.OPEN).count();
		assertEquals(region.pending(), pending);
		assertTrue(pending > 0);
	}

	private static Map<String, Integer> cells(BarChart chart) {
		Map<String, Integer> cells = new TreeMap<>();
		for (String c : chart.categories()) {
			for (String s : chart.series()) {
				if (chart.count(c, s) > 0) {
					cells.put(c + "/" + s, chart.count(c, s));
				}
			}
		}
		return cells;
	}
}
