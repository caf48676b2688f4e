package org.fiscallens.memo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.fiscallens.memo.charts.Charts;
import org.fiscallens.memo.facts.BarChart;
import org.fiscallens.memo.facts.ReviewScope;
import org.fiscallens.memo.facts.Summaries;
import org.fiscallens.memo.facts.Summary;
import org.fiscallens.memo.facts.UnitMemo;
import org.fiscallens.memo.facts.UnitMemos;
import org.fiscallens.memo.render.DocxWriter;
import org.fiscallens.memo.render.HtmlWriter;
import org.fiscallens.memo.render.Templates;
import org.fiscallens.review.Reviews;

/**
 * Writes the review's memos: a 审核意见 per unit and the 检查情况通报 of a region or the province, in DOCX, HTML or
 * Markdown. The facts come from the review record ({@link UnitMemos}, {@link Summaries}), the wording from the
 * templates ({@link Templates}): template → Markdown → the format asked for.
 */
public final class MemoExporter {

	/** A memo rendered by its template: the Markdown and the charts it shows, by file name. */
	public record Rendered(String baseName, String markdown, Map<String, byte[]> images) {
	}

	private final Reviews reviews;
	private final MemoOptions options;
	private final ReviewScope scope;
	private final Templates templates;
	private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	public MemoExporter(Reviews reviews, MemoOptions options) {
		this.reviews = reviews;
		this.options = options;
		this.scope = new ReviewScope(reviews);
		this.templates = new Templates(options.templates());
	}

	public ReviewScope scope() {
		return scope;
	}

	public MemoOptions options() {
		return options;
	}

	/** The facts of a unit's memo. */
	public UnitMemo unitMemo(String unit) {
		if (!scope.hasUnit(unit)) {
			List<String> similar = scope.similarUnits(unit);
			throw new IllegalArgumentException("no unit named '" + unit + "' in the workspace"
					+ (similar.isEmpty() ? "" : "; similar: " + String.join(", ", similar)));
		}
		return new UnitMemos(reviews, scope, options).build(unit);
	}

	/** The facts of a region's or the province's summary. */
	public Summary summary(MemoScope memoScope) {
		Summaries summaries = new Summaries(reviews, scope, options);
		return switch (memoScope) {
		case MemoScope.Province p -> summaries.province();
		case MemoScope.Region r -> summaries.region(regionPath(r.name()));
		case MemoScope.Units u -> throw new IllegalArgumentException("a summary is of a region or the province");
		};
	}

	/** The full path of a region given by name or path; unknown or ambiguous names are refused with the choices. */
	public String regionPath(String name) {
		Set<String> paths = scope.regionPaths(name);
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("no region named '" + name + "' in the workspace");
		}
		if (paths.size() > 1) {
			throw new IllegalArgumentException("region '" + name + "' is ambiguous: " + String.join(", ", paths));
		}
		return paths.iterator().next();
	}

	public Rendered render(UnitMemo memo) throws IOException {
		String base = "审核意见-" + fileName(memo.unitName()) + (memo.draft() ? "-草稿" : "");
		return new Rendered(base, templates.render(Templates.UNIT_MEMO, Templates.model("memo", memo)), Map.of());
	}

	public Rendered render(Summary summary) throws IOException {
		String base = "检查情况通报-" + fileName(summary.scopeName()) + (summary.draft() ? "-草稿" : "");
		Map<String, byte[]> images = new LinkedHashMap<>();
		Map<String, String> charts = new LinkedHashMap<>();
		for (BarChart chart : List.of(summary.categoryChart(), summary.regionChart())) {
			if (!chart.isEmpty()) {
				String name = base + "-" + chart.id() + ".png";
				images.put(name, Charts.png(chart, 640, Charts.height(chart), 2));
				charts.put(chart.id(), name);
			}
		}
		String markdown = templates.render(Templates.SUMMARY, Templates.model("summary", summary, "charts", charts));
		return new Rendered(base, markdown, images);
	}

	/** Writes a rendered memo into {@code dir}; returns the document's path (charts of Markdown go beside it). */
	public Path write(Rendered rendered, MemoFormat format, Path dir) throws IOException {
		Files.createDirectories(dir);
		Path target = dir.resolve(rendered.baseName() + "." + format.extension());
		switch (format) {
		case MD -> {
			for (Map.Entry<String, byte[]> image : rendered.images().entrySet()) {
				writeAtomically(dir.resolve(image.getKey()), image.getValue());
			}
			writeAtomically(target, rendered.markdown().getBytes(StandardCharsets.UTF_8));
		}
		case HTML -> {
			String css = new String(templates.file(Templates.HTML_STYLE).orElse(new byte[0]), StandardCharsets.UTF_8);
			writeAtomically(target, HtmlWriter.write(parse(rendered), css, rendered.images())
					.getBytes(StandardCharsets.UTF_8));
		}
		case DOCX -> writeAtomically(target,
				DocxWriter.write(parse(rendered), templates.file(Templates.REFERENCE_DOCX).orElse(null),
						rendered.images()));
		}
		return target;
	}

	/** Writes the memos of {@code memoScope}: one per unit, or the summary. */
	public List<Path> export(MemoScope memoScope, MemoFormat format, Path dir, Progress progress) throws IOException {
		List<Path> written = new ArrayList<>();
		if (memoScope instanceof MemoScope.Units units) {
			List<String> names = units.unitNames();
			names.forEach(this::unitMemo); // refuse an unknown name before writing anything
			for (int i = 0; i < names.size() && !progress.cancelled(); i++) {
				progress.worked(i, names.size(), names.get(i));
				written.add(write(render(unitMemo(names.get(i))), format, dir));
			}
			progress.worked(names.size(), names.size(), "");
		} else {
			progress.worked(0, 1, memoScope.toString());
			written.add(write(render(summary(memoScope)), format, dir));
			progress.worked(1, 1, "");
		}
		return written;
	}

	private Node parse(Rendered rendered) {
		return parser.parse(rendered.markdown());
	}

	private static void writeAtomically(Path target, byte[] bytes) throws IOException {
		Path temp = target.resolveSibling(target.getFileName() + ".tmp");
		Files.write(temp, bytes);
		Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** A unit or region name as a file name: characters no file system accepts become _. */
	static String fileName(String name) {
		return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
	}
}
