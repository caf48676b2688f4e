package org.fiscallens.memo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.fiscallens.memo.MemoExporter;
import org.fiscallens.memo.MemoFormat;
import org.fiscallens.memo.MemoOptions;
import org.fiscallens.memo.MemoScope;
import org.fiscallens.memo.Progress;
import org.fiscallens.memo.render.Templates;
import org.fiscallens.model.review.FindingLocation;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingStatus;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** A unit's 审核意见 written from a real review of the seeds, opened again with POI and read like a person would. */
class UnitMemoTest extends SeedsReviewTestCase {

	static final MemoOptions OPTIONS = MemoOptions.defaults().withDate(LocalDate.of(2025, 6, 30));

	private static Path export(MemoOptions options, MemoFormat format, Path out) throws IOException {
		List<Path> written = new MemoExporter(review.reviews, options).export(MemoScope.units(review.unit), format, out,
				Progress.NONE);
		assertEquals(1, written.size());
		assertTrue(Files.size(written.get(0)) > 0);
		return written.get(0);
	}

	@Test
	void everyConfirmedFindingIsThereWithWhereAndValuesAndNoDismissedOne() throws IOException {
		Path file = export(OPTIONS, MemoFormat.DOCX, ReviewedWorkspace.memos());
		DocxText docx = new DocxText(file);
		String all = docx.all();

		List<DocxText.Block> title = docx.withStyle("Title");
		assertEquals(1, title.size(), "one title");
		assertTrue(title.get(0).text().startsWith("关于" + review.unit), title.get(0).text());
		assertTrue(title.get(0).text().endsWith("公开情况的审核意见"), title.get(0).text());
		assertTrue(all.contains(ReviewedWorkspace.REVIEWER), "reviewer named");
		assertTrue(all.contains("2025年6月30日"), "dated");
		assertTrue(all.contains("2025年7月30日前"), "due in 30 days");

		List<DocxText.Block> findingHeadings = docx.withStyle("Heading2");
		assertEquals(review.confirmed.size() + 1, findingHeadings.size(), "the confirmed and the manual findings");
		for (FindingRecord f : review.confirmed) {
			// the finding's own section: its title in the heading, its message below (several may share a title)
			String section = findingHeadings.stream().filter(h -> h.text().contains(f.getTitle()))
					.map(h -> docx.section("Heading2", h.text()))
					.filter(text -> text.contains(f.getMessage().strip())).findFirst()
					.orElseThrow(() -> new AssertionError("no section for " + f.getKey() + " in\n" + all));
			for (FindingLocation l : f.getLocations()) {
				if (l.getTable() != null) {
					assertTrue(section.contains(l.getTable()), "table of " + f.getKey());
				}
				if (l.getRow() != null) {
					assertTrue(section.contains(l.getRow()), "row of " + f.getKey());
				}
				if (l.getColumn() != null) {
					assertTrue(section.contains(l.getColumn()), "column of " + f.getKey());
				}
				if (l.getSection() != null) {
					assertTrue(section.contains(l.getSection()), "section of " + f.getKey());
				}
				if (l.getLine() > 0) {
					assertTrue(section.contains("第 " + l.getLine() + " 行"), "line of " + f.getKey() + " in\n" + section);
				}
			}
			boolean figures = f.getActual() != null && f.getActual().matches(".*\\d.*");
			// the rules write "expression = value" for both sides: the memo prints the values
			for (String side : new String[] { f.getExpected(), f.getActual(), f.getDifference() }) {
				if (figures && side != null && !side.isBlank()) {
					String value = side.contains(" = ") ? side.substring(side.lastIndexOf(" = ") + 3) : side;
					assertTrue(section.contains(value.strip()), "value " + value + " of " + f.getKey());
				}
			}
			if (f.getRationale() != null && !f.getRationale().isBlank()) {
				assertTrue(section.contains(f.getRationale().strip()), "rationale of " + f.getKey());
			}
		}
		FindingRecord commented = review.confirmed.get(0);
		assertTrue(findingHeadings.stream().map(h -> docx.section("Heading2", h.text()))
				.anyMatch(text -> text.contains(commented.getMessage().strip())
						&& text.contains("审核人意见：" + ReviewedWorkspace.COMMENT)),
				"the reviewer's comment under its finding");
		assertTrue(all.contains(ReviewedWorkspace.MANUAL), "the manual finding");
		assertTrue(all.contains("三公经费支出情况说明"), "where the manual finding is");

		assertFalse(all.contains(review.dismissed.getMessage().strip()), "a dismissed finding stays out");
		for (FindingRecord open : review.pending()) {
			assertFalse(all.contains(open.getMessage().strip()), "a pending finding stays out of the final memo");
		}

		long errors = review.confirmed.stream().filter(f -> f.getSeverity().getLiteral().equals("error")).count();
		assertTrue(all.contains("共发现需要整改的问题 " + (review.confirmed.size() + 1) + " 个，其中错误 " + errors + " 个"),
				"counts in\n" + all);
		long rounding = review.roundingTails();
		if (rounding > 0) {
			assertTrue(all.contains("另有尾数误差 " + rounding + " 处"), "rounding tails summarised");
		}
		// severity order: no warning before an error
		int lastError = -1;
		int firstWarning = Integer.MAX_VALUE;
		for (int i = 0; i < findingHeadings.size(); i++) {
			if (findingHeadings.get(i).text().contains("【错误】")) {
				lastError = i;
			} else if (findingHeadings.get(i).text().contains("【警告】")) {
				firstWarning = Math.min(firstWarning, i);
			}
		}
		assertTrue(lastError < firstWarning, "errors come first");
		// what was reviewed: every document of the unit, with its tables
		List<List<String>> documents = docx.rowsAfter("审核范围");
		long unitDocuments = review.reviews.workspace().entries().stream().filter(e -> e.unitName().equals(review.unit))
				.count();
		assertEquals(unitDocuments + 1, documents.size(), "header + one row per document");
	}

	@Test
	void documentUsesChineseOfficialFontsAndHeadingStyles() throws IOException {
		DocxText docx = new DocxText(export(OPTIONS, MemoFormat.DOCX, temp.resolve("fonts")));
		CTStyle normal = docx.document.getStyles().getStyle("Normal").getCTStyle();
		assertEquals("仿宋_GB2312", normal.getRPr().getRFontsArray(0).getEastAsia());
		assertEquals("方正小标宋简体", docx.document.getStyles().getStyle("Title").getCTStyle().getRPr().getRFontsArray(0)
				.getEastAsia());
		assertEquals("黑体", docx.document.getStyles().getStyle("Heading1").getCTStyle().getRPr().getRFontsArray(0)
				.getEastAsia());
		assertEquals("楷体_GB2312", docx.document.getStyles().getStyle("Heading2").getCTStyle().getRPr()
				.getRFontsArray(0).getEastAsia());
		assertFalse(docx.withStyle("Heading1").isEmpty());
		assertEquals(1, docx.withStyle("Letterhead").size(), "letterhead");
		assertEquals(2, docx.withStyle("Signature").size(), "organ and date");
	}

	@Test
	void draftListsPendingFindingsMarkedAsSuch() throws IOException {
		DocxText docx = new DocxText(export(OPTIONS.withDraft(true), MemoFormat.DOCX, temp.resolve("draft")));
		List<DocxText.Block> marked = docx.withStyle("Heading2").stream().filter(h -> h.text().endsWith("（待审）"))
				.toList();
		assertEquals(review.pending().size(), marked.size(), "every pending finding, marked");
		assertTrue(docx.withStyle("Title").get(0).text().endsWith("（草稿）"));
		assertFalse(docx.all().contains(review.dismissed.getMessage().strip()), "still no dismissed finding");
	}

	@Test
	void dismissedFindingsOnlyInTheAppendixWhenAsked() throws IOException {
		DocxText docx = new DocxText(export(OPTIONS.withShowDismissed(true), MemoFormat.DOCX, temp.resolve("appendix")));
		List<List<String>> appendix = docx.rowsAfter("已驳回的疑点");
		long dismissed = review.reviews.records().findings().stream()
				.filter(f -> f.getUnitName().equals(review.unit) && f.getStatus() == FindingStatus.DISMISSED).count();
		assertEquals(dismissed + 1, appendix.size());
		assertTrue(appendix.stream().anyMatch(r -> r.contains(review.dismissed.getMessage().strip()) && r.contains("误报")));
	}

	@Test
	void htmlAndMarkdownSayTheSame() throws IOException {
		String html = Files.readString(export(OPTIONS, MemoFormat.HTML, temp.resolve("html")), StandardCharsets.UTF_8);
		String md = Files.readString(export(OPTIONS, MemoFormat.MD, temp.resolve("md")), StandardCharsets.UTF_8);
		for (String text : List.of(html, md)) {
			assertTrue(text.contains("公开情况的审核意见"));
			assertTrue(text.contains("共发现需要整改的问题 " + (review.confirmed.size() + 1) + " 个"));
			assertTrue(text.contains(ReviewedWorkspace.COMMENT));
		}
		assertTrue(html.contains("<h1>关于") && html.contains("<table>") && html.contains("class=\"letterhead\""));
		assertTrue(md.startsWith("<div class=\"letterhead\">"));
	}

	@Test
	void userTemplatesChangeTheWordingAndUnknownUnitsAreRefused() throws IOException {
		Path templates = temp.resolve("my-templates");
		Templates.exportDefaults(templates);
		Path memo = templates.resolve(Templates.UNIT_MEMO);
		Files.writeString(memo, Files.readString(memo).replace("审核范围", "审核的公开文件"));
		DocxText docx = new DocxText(export(OPTIONS.withTemplates(templates), MemoFormat.DOCX, temp.resolve("custom")));
		assertTrue(docx.withStyle("Heading1").stream().anyMatch(h -> h.text().equals("一、审核的公开文件")));

		IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> new MemoExporter(review.reviews, OPTIONS).export(MemoScope.units("不存在的单位"), MemoFormat.DOCX,
						temp.resolve("none"), Progress.NONE));
		assertTrue(e.getMessage().contains("不存在的单位"));
	}
}
