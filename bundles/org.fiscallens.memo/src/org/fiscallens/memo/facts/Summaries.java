package org.fiscallens.memo.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.fiscallens.memo.MemoOptions;
import org.fiscallens.model.review.Assignment;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.model.review.UnitReviewStatus;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;

/**
 * Builds the 检查情况通报 of a region or the province from the review record and the workspace index, in one pass over
 * the findings: no document is loaded, so a province of thousands of units takes well under a second.
 */
public final class Summaries {

	public static final List<String> SEVERITIES = List.of(Wording.severity(FindingSeverity.ERROR),
			Wording.severity(FindingSeverity.WARNING), Wording.severity(FindingSeverity.INFO));
	private static final int TOP = 10;

	private final Reviews reviews;
	private final ReviewScope scope;
	private final MemoOptions options;

	public Summaries(Reviews reviews, ReviewScope scope, MemoOptions options) {
		this.reviews = reviews;
		this.scope = scope;
		this.options = options;
	}

	/** The province's summary. */
	public Summary province() {
		return build(scope.province(), true);
	}

	/** The summary of a region given by its full path (see {@link ReviewScope#regionPaths}). */
	public Summary region(String path) {
		return build(path, false);
	}

	/** The findings a summary of this region counts, in memo order (for the dashboard and the tests). */
	public List<FindingRecord> reported(String path) {
		Set<String> units = new HashSet<>(path.equals(scope.province()) ? scope.units() : scope.unitsIn(path));
		List<FindingRecord> result = new ArrayList<>();
		for (FindingRecord f : reviews.records().findings()) {
			if (units.contains(f.getUnitName()) && !f.isRounding() && options.reports(f.getStatus())) {
				result.add(f);
			}
		}
		return result;
	}

	private Summary build(String path, boolean province) {
		List<String> units = province ? List.copyOf(scope.units()) : scope.unitsIn(path);
		Set<String> unitSet = new HashSet<>(units);
		List<FindingRecord> reported = new ArrayList<>();
		int rounding = 0;
		int open = 0;
		int confirmed = 0;
		int dismissed = 0;
		int corrected = 0;
		for (FindingRecord f : reviews.records().findings()) {
			if (!unitSet.contains(f.getUnitName())) {
				continue;
			}
			if (f.isRounding()) {
				rounding += f.getStatus() == FindingStatus.DISMISSED ? 0 : 1;
				continue;
			}
			switch (f.getStatus()) {
			case OPEN -> open++;
			case CONFIRMED -> confirmed++;
			case DISMISSED -> dismissed++;
			case CORRECTED -> corrected++;
			}
			if (options.reports(f.getStatus())) {
				reported.add(f);
			}
		}
		reported.sort(UnitMemos.ORDER);
		Function<String, String> child = scope.childRegion(path);
		Function<FindingRecord, String> severity = f -> Wording.severity(f.getSeverity());
		Function<FindingRecord, String> category = f -> Wording.categoryName(Wording.category(f));
		Set<String> categoryCodes = new HashSet<>();
		reported.forEach(f -> categoryCodes.add(Wording.category(f)));
		List<String> categoryOrder = Wording.orderCategories(categoryCodes).stream().map(Wording::categoryName).toList();
		BarChart byCategory = BarChart.of("category", "发现问题按类别统计", "问题类别", reported, category, severity,
				categoryOrder, SEVERITIES);
		List<String> regionOrder = units.stream().map(child).distinct().sorted().toList();
		BarChart byRegion = BarChart.of("region", "发现问题按地区统计", "地区", reported,
				f -> child.apply(f.getUnitName()), severity, regionOrder, SEVERITIES);

		Set<String> years = new TreeSet<>(Comparator.reverseOrder());
		Set<String> kinds = new LinkedHashSet<>();
		int documents = 0;
		for (String u : units) {
			for (SubmissionEntry e : scope.entries(u)) {
				documents++;
				years.add(String.valueOf(e.year()));
				kinds.add(e.kind().getLiteral().equals("budget") ? "预算" : "决算");
			}
		}
		Map<UnitReviewStatus, Integer> unitStatus = new HashMap<>();
		Map<String, UnitReviewStatus> assigned = new HashMap<>();
		for (Assignment a : reviews.records().model().getAssignments()) {
			assigned.put(a.getUnitName(), a.getStatus());
		}
		units.forEach(u -> unitStatus.merge(assigned.getOrDefault(u, UnitReviewStatus.NOT_STARTED), 1, Integer::sum));
		Summary.Progress progress = new Summary.Progress(open + confirmed + dismissed + corrected, open, confirmed,
				dismissed, corrected, unitStatus.getOrDefault(UnitReviewStatus.NOT_STARTED, 0),
				unitStatus.getOrDefault(UnitReviewStatus.IN_PROGRESS, 0),
				unitStatus.getOrDefault(UnitReviewStatus.DONE, 0));
		Set<String> unitsWithFindings = new HashSet<>();
		reported.forEach(f -> unitsWithFindings.add(f.getUnitName()));
		String name = province ? scope.province() : path.substring(path.lastIndexOf('/') + 1);
		return new Summary(name, path, province, new UnitMemos(reviews, scope, options).organ(),
				String.join("、", years), kinds.size() > 1 ? "预决算" : kinds.stream().findFirst().orElse("决算"),
				options.date().format(UnitMemos.DATE), options.draft(), units.size(), documents,
				unitsWithFindings.size(), reported.size(), count(reported, FindingSeverity.ERROR),
				count(reported, FindingSeverity.WARNING), count(reported, FindingSeverity.INFO),
				(int) reported.stream().filter(f -> f.getStatus() == FindingStatus.OPEN).count(), rounding,
				rows(byCategory, reported, category), rows(byRegion, reported, f -> child.apply(f.getUnitName())),
				topRules(reported), topUnits(reported), progress, byCategory, byRegion);
	}

	private static List<Summary.CountRow> rows(BarChart chart, List<FindingRecord> reported,
			Function<FindingRecord, String> bar) {
		List<Summary.CountRow> rows = new ArrayList<>();
		for (String c : chart.categories()) {
			Set<String> units = new HashSet<>();
			chart.findings(c).forEach(f -> units.add(f.getUnitName()));
			rows.add(new Summary.CountRow(c, chart.count(c, SEVERITIES.get(0)), chart.count(c, SEVERITIES.get(1)),
					chart.count(c, SEVERITIES.get(2)), chart.total(c), units.size()));
		}
		return rows;
	}

	private static List<Summary.RuleRow> topRules(List<FindingRecord> reported) {
		Map<String, List<FindingRecord>> byRule = new HashMap<>();
		reported.stream().filter(f -> !f.isManual()).forEach(f -> byRule.computeIfAbsent(f.getRule(), k -> new ArrayList<>()).add(f));
		return byRule.entrySet().stream()
				.sorted(Comparator.comparingInt((Map.Entry<String, List<FindingRecord>> e) -> -e.getValue().size())
						.thenComparing(Map.Entry::getKey))
				.limit(TOP).map(e -> {
					FindingRecord first = e.getValue().get(0);
					long units = e.getValue().stream().map(FindingRecord::getUnitName).distinct().count();
					return new Summary.RuleRow(e.getKey(), Wording.ruleName(e.getKey()), first.getTitle(),
							Wording.categoryName(Wording.category(first)), e.getValue().size(), (int) units);
				}).toList();
	}

	private List<Summary.UnitRow> topUnits(List<FindingRecord> reported) {
		Map<String, int[]> byUnit = new HashMap<>();
		for (FindingRecord f : reported) {
			byUnit.computeIfAbsent(f.getUnitName(), k -> new int[3])[f.getSeverity().getValue()]++;
		}
		return byUnit.entrySet().stream()
				.map(e -> new Summary.UnitRow(e.getKey(), scope.regionOf(e.getKey()), e.getValue()[0], e.getValue()[1],
						e.getValue()[2], e.getValue()[0] + e.getValue()[1] + e.getValue()[2]))
				.sorted(Comparator.comparingInt((Summary.UnitRow r) -> -r.total())
						.thenComparingInt(r -> -r.errors()).thenComparing(Summary.UnitRow::unit))
				.limit(TOP).toList();
	}

	private static int count(List<FindingRecord> findings, FindingSeverity severity) {
		return (int) findings.stream().filter(f -> f.getSeverity() == severity).count();
	}
}
