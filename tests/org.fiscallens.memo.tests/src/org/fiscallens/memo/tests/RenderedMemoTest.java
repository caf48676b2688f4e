package org.fiscallens.memo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscallens.memo.MemoExporter;
import org.fiscallens.memo.MemoFormat;
import org.fiscallens.memo.MemoOptions;
import org.fiscallens.memo.MemoScope;
import org.fiscallens.memo.Progress;
import org.junit.jupiter.api.Test;

/**
 * The Word memos as a reader gets them: converted to PDF by LibreOffice, text extracted and pages rendered with
 * Poppler (PNGs in {@code target/screenshots/}, to be looked at). Checks that the Chinese text is there as text,
 * pages are A4, and nothing — no table column — runs past the margins. LibreOffice and Poppler are installed by
 * {@code .ci/run}; without them the test fails and says so.
 */
class RenderedMemoTest extends SeedsReviewTestCase {

	/**
	 * A4 in points and the official margins (left 2.8 cm, right 2.6 cm). On the right one 三号 character (16 pt) of
	 * slack: Chinese typesetting lets a closing punctuation mark hang into the margin, and justified lines are
	 * measured loosely by pdftotext; a table or chart too wide overruns by far more.
	 */
	private static final double PAGE_WIDTH = 595.3;
	private static final double LEFT = 2.8 / 2.54 * 72 - 1;
	private static final double RIGHT = PAGE_WIDTH - 2.6 / 2.54 * 72 + 17;

	private static String run(Path dir, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			throw new AssertionError(command[0] + " is needed to render the memos (.ci/run installs "
					+ "libreoffice-writer-nogui and poppler-utils): " + e.getMessage(), e);
		}
		byte[] output = process.getInputStream().readAllBytes();
		assertTrue(process.waitFor(180, TimeUnit.SECONDS), command[0] + " did not finish");
		String text = new String(output, StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + text);
		return text;
	}

	/** Converts to PDF, saves page images, returns the PDF. */
	private static Path render(Path docx, String name) throws IOException, InterruptedException {
		Path dir = docx.getParent();
		// a private LibreOffice profile: a running LibreOffice or another test never gets in the way
		run(dir, "soffice", "-env:UserInstallation=" + temp.resolve("lo-profile").toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
		String base = docx.getFileName().toString().replaceAll("\\.docx$", "");
		Path pdf = dir.resolve(base + ".pdf");
		assertTrue(Files.size(pdf) > 0, "no PDF for " + docx);
		Path screenshots = Path.of(System.getProperty("fiscallens.screenshots", "target/screenshots"));
		Files.createDirectories(screenshots);
		run(dir, "pdftoppm", "-r", "80", "-png", pdf.toString(), screenshots.resolve(name).toString());
		return pdf;
	}

	private record Word(double xMin, double xMax, String text) {
	}

	private static List<Word> words(Path pdf) throws IOException, InterruptedException {
		String html = run(pdf.getParent(), "pdftotext", "-bbox", pdf.toString(), "-");
		Matcher m = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>")
				.matcher(html);
		List<Word> words = new ArrayList<>();
		while (m.find()) {
			words.add(new Word(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), m.group(3)));
		}
		assertTrue(html.contains("width=\"595."), "A4 pages");
		return words;
	}

	private static void assertWithinMargins(List<Word> words) {
		for (Word w : words) {
			assertTrue(w.xMin() >= LEFT && w.xMax() <= RIGHT, "'" + w.text() + "' outside the margins: " + w);
		}
	}

	@Test
	void unitMemoReadsAsAnOfficialDocument() throws Exception {
		Path docx = new MemoExporter(review.reviews, MemoOptions.defaults().withDate(LocalDate.of(2025, 6, 30))
				.withShowDismissed(true)).export(MemoScope.units(review.unit), MemoFormat.DOCX, temp.resolve("unit"),
						Progress.NONE).get(0);
		Path pdf = render(docx, "memo-unit");
		String text = run(pdf.getParent(), "pdftotext", "-layout", pdf.toString(), "-");
		String flat = text.replaceAll("\\s+", "");
		assertTrue(flat.contains("关于" + review.unit), "the title, as text (Chinese fonts embedded): " + text);
		assertTrue(flat.contains("审核意见") && flat.contains("整改要求") && flat.contains(ReviewedWorkspace.MANUAL));
		assertTrue(flat.contains("—1—"), "page number at the foot");
		assertWithinMargins(words(pdf));
	}

	@Test
	void provinceSummaryWithChartsFitsThePage() throws Exception {
		Path docx = new MemoExporter(review.reviews, MemoOptions.defaults().withDate(LocalDate.of(2025, 6, 30))
				.withDraft(true)).export(new MemoScope.Province(), MemoFormat.DOCX, temp.resolve("summary"),
						Progress.NONE).get(0);
		Path pdf = render(docx, "memo-summary");
		String flat = run(pdf.getParent(), "pdftotext", "-layout", pdf.toString(), "-").replaceAll("\\s+", "");
		assertTrue(flat.contains("检查情况的通报（草稿）") && flat.contains("图1发现问题按类别统计")
				&& flat.contains("图2发现问题按地区统计"), flat);
		assertWithinMargins(words(pdf));
	}
}
