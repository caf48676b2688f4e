package org.fiscallens.memo.facts;

import java.util.List;

/**
 * Everything a unit's 审核意见 says: what was reviewed, the findings to correct (by severity), rounding tails in one
 * line, manual findings, and — on request — the dismissed findings for an appendix. The template decides the wording.
 */
public record UnitMemo(String unitName, String regionPath, String organ, String years, String kinds, String reviewer,
		String date, String dueDate, boolean draft, List<ReviewedDocument> documents, List<MemoFinding> findings,
		int errors, int warnings, int infos, int pending, int roundingTails, List<String> roundingTables,
		List<MemoFinding> manual, int corrected, boolean showDismissed, List<MemoFinding> dismissed) {

	/** Findings the unit must correct: the rules' and the manual ones. */
	public int toCorrect() {
		return findings.size() + manual.size();
	}

	/** One document of the unit that was reviewed: its tables, the required ones it lacks, what could not be read. */
	public record ReviewedDocument(String file, int year, String kind, String scope, List<String> tables,
			List<String> missingTables, int diagnostics) {

		public boolean complete() {
			return missingTables.isEmpty();
		}

		/** The file's name without its folder. */
		public String name() {
			return java.nio.file.Path.of(file).getFileName().toString();
		}
	}
}
