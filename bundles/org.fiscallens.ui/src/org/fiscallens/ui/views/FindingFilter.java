package org.fiscallens.ui.views;

import java.util.function.Function;

import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;

/**
 * What the findings view lets through: one rule, one severity, one status, one region (with its sub-regions), and
 * rounding tails hidden, alone or with the rest. A null criterion lets everything through.
 *
 * @param region a region path as the workspace index writes it ({@code 山西省/吕梁市})
 */
public record FindingFilter(String rule, FindingSeverity severity, FindingStatus status, String region,
		Rounding rounding) {

	/** Rounding tails (a difference within rounding tolerance, reported as info). */
	public enum Rounding {
		HIDE, ONLY, SHOW
	}

	/** Everything but rounding tails, which the view hides until asked. */
	public static final FindingFilter DEFAULT = new FindingFilter(null, null, null, null, Rounding.HIDE);

	/** @param regionOf the region path of a finding's unit (null when unknown) */
	public boolean test(FindingRecord f, Function<FindingRecord, String> regionOf) {
		if (rule != null && !rule.equals(f.getRule())) {
			return false;
		}
		if (severity != null && severity != f.getSeverity()) {
			return false;
		}
		if (status != null && status != f.getStatus()) {
			return false;
		}
		if (rounding == Rounding.HIDE && f.isRounding() || rounding == Rounding.ONLY && !f.isRounding()) {
			return false;
		}
		if (region != null) {
			String path = regionOf.apply(f);
			return path != null && (path.equals(region) || path.startsWith(region + "/"));
		}
		return true;
	}

	public FindingFilter withRule(String value) {
		return new FindingFilter(value, severity, status, region, rounding);
	}

	public FindingFilter withSeverity(FindingSeverity value) {
		return new FindingFilter(rule, value, status, region, rounding);
	}

	public FindingFilter withStatus(FindingStatus value) {
		return new FindingFilter(rule, severity, value, region, rounding);
	}

	public FindingFilter withRegion(String value) {
		return new FindingFilter(rule, severity, status, value, rounding);
	}

	public FindingFilter withRounding(Rounding value) {
		return new FindingFilter(rule, severity, status, region, value);
	}
}
