package org.fiscallens.memo.facts;

import java.util.List;

import org.fiscallens.model.review.Comment;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingStatus;

/**
 * One finding as a memo prints it: where (every location), the values compared, the rule's explanation and the
 * reviewers' comments. {@code record} is the review record's finding behind it.
 */
public record MemoFinding(int number, String key, String severity, String status, boolean pending, String category,
		String categoryName, String rule, String ruleName, String title, String document, List<String> locations,
		String message, String expected, String actual, String difference, String rationale, List<String> comments,
		String dismissReason, FindingRecord record) {

	public static MemoFinding of(int number, FindingRecord f) {
		String category = Wording.category(f);
		return new MemoFinding(number, f.getKey(), Wording.severity(f.getSeverity()), Wording.status(f.getStatus()),
				f.getStatus() == FindingStatus.OPEN, category, Wording.categoryName(category), f.getRule(),
				Wording.ruleName(f.getRule()), text(f.getTitle()), f.getYear() + "年" + Wording.kind(f.getKind()),
				Wording.where(f.getLocations()), text(f.getMessage()), value(f.getExpected()),
				value(f.getActual()), text(f.getDifference()), text(f.getRationale()),
				f.getComments().stream().map(Comment::getText).filter(t -> t != null && !t.isBlank()).toList(),
				f.getDismissReason() == DismissReason.NONE ? "" : f.getDismissReason().getLiteral(), f);
	}

	/** The locations joined for one line of text. */
	public String where() {
		return String.join("；", locations);
	}

	/**
	 * Whether the rule compared values. A completeness rule's "actual" is only true/false and its "expected" the
	 * condition it tested: nothing a unit can read as figures.
	 */
	public boolean hasValues() {
		return !actual.isEmpty() && !actual.equals("true") && !actual.equals("false");
	}

	/**
	 * The value of an expected or actual side: the rules write the expression with its value
	 * ({@code 公开06.row(code: r.code)["决算数"] = 0.25}); a memo prints the value.
	 */
	static String value(String side) {
		String s = text(side);
		int eq = s.lastIndexOf(" = ");
		return eq < 0 ? s : s.substring(eq + 3).strip();
	}

	private static String text(String s) {
		return s == null ? "" : s.strip();
	}
}
