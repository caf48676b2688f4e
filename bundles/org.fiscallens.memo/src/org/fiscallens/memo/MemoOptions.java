package org.fiscallens.memo;

import java.time.LocalDate;

/**
 * How memos are written.
 *
 * @param draft         also list findings still 待审 (marked as such), for a review in progress
 * @param showDismissed add an appendix listing the dismissed findings with their reasons
 * @param reviewer      who signs the review (null: the unit's assigned reviewer, else the user)
 * @param date          the memo's date
 * @param dueDays       days the unit has to correct, from the memo's date
 * @param organ         the issuing organ (null: the province's 财政厅)
 * @param templates     a folder of templates overriding the built-in ones (null: only the user's default folder)
 */
public record MemoOptions(boolean draft, boolean showDismissed, String reviewer, LocalDate date, int dueDays,
		String organ, java.nio.file.Path templates) {

	public static MemoOptions defaults() {
		return new MemoOptions(false, false, null, LocalDate.now(), 30, null, null);
	}

	public MemoOptions withDraft(boolean d) {
		return new MemoOptions(d, showDismissed, reviewer, date, dueDays, organ, templates);
	}

	public MemoOptions withShowDismissed(boolean s) {
		return new MemoOptions(draft, s, reviewer, date, dueDays, organ, templates);
	}

	public MemoOptions withReviewer(String r) {
		return new MemoOptions(draft, showDismissed, r, date, dueDays, organ, templates);
	}

	public MemoOptions withDate(LocalDate d) {
		return new MemoOptions(draft, showDismissed, reviewer, d, dueDays, organ, templates);
	}

	public MemoOptions withOrgan(String o) {
		return new MemoOptions(draft, showDismissed, reviewer, date, dueDays, o, templates);
	}

	public MemoOptions withTemplates(java.nio.file.Path t) {
		return new MemoOptions(draft, showDismissed, reviewer, date, dueDays, organ, t);
	}

	/** Whether a finding of this status is reported (confirmed; also pending ones in a draft). */
	public boolean reports(org.fiscallens.model.review.FindingStatus status) {
		return status == org.fiscallens.model.review.FindingStatus.CONFIRMED
				|| draft && status == org.fiscallens.model.review.FindingStatus.OPEN;
	}
}
