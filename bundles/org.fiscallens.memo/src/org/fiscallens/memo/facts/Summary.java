package org.fiscallens.memo.facts;

import java.util.List;

/**
 * Everything a 检查情况通报 of a region or the province says: units reviewed, findings by category, severity and
 * region, the most frequent problems, the units with the most findings, the progress of the review, and the charts.
 * Counts are of reported findings (confirmed; in a draft also 待审), rounding tails apart.
 */
public record Summary(String scopeName, String regionPath, boolean province, String organ, String years, String kinds,
		String date, boolean draft, int units, int documents, int unitsWithFindings, int reported, int errors,
		int warnings, int infos, int pending, int roundingTails, List<CountRow> byCategory, List<CountRow> byRegion,
		List<RuleRow> topRules, List<UnitRow> topUnits, Progress progress, BarChart categoryChart,
		BarChart regionChart) {

	/** One line of a table by category or by region. */
	public record CountRow(String name, int errors, int warnings, int infos, int total, int units) {
	}

	/** A problem (rule) and how often it was found. */
	public record RuleRow(String rule, String ruleName, String title, String category, int count, int units) {
	}

	/** A unit and its reported findings. */
	public record UnitRow(String unit, String region, int errors, int warnings, int infos, int total) {
	}

	/**
	 * How far the review is: the rules' findings by status (rounding tails apart) and the units by review status.
	 */
	public record Progress(int findings, int open, int confirmed, int dismissed, int corrected, int unitsNotStarted,
			int unitsInProgress, int unitsDone) {

		/** Share of findings decided (confirmed, dismissed or corrected), in percent with one decimal. */
		public String decidedPercent() {
			return findings == 0 ? "100.0"
					: String.format(java.util.Locale.ROOT, "%.1f", 100.0 * (findings - open) / findings);
		}
	}
}
