package org.fiscallens.rules.interpreter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An exact decimal with its provenance: the printed values it was computed from (their source locations), how many
 * printed terms went into it (for rounding tolerance: n terms of 2-decimal 万元 may drift by n × 0.005), the most
 * rounding error it can carry, the printed precision of a single printed value, and the formula that produced it
 * written with the values, so a finding can show {@code 452.64 + 6687.42 = 7140.06}.
 */
public final class Amount {

	private static final MathContext DIVISION = new MathContext(20, RoundingMode.HALF_EVEN);
	static final BigDecimal HALF = new BigDecimal("0.5");

	private final BigDecimal value;
	private final int terms;
	private final BigDecimal uncertainty;
	private final int printedScale;
	private final String formula;
	private final boolean compound;
	private final List<SourceRef> sources;

	private Amount(BigDecimal value, int terms, BigDecimal uncertainty, int printedScale, String formula,
			boolean compound, List<SourceRef> sources) {
		this.value = value;
		this.terms = terms;
		this.uncertainty = uncertainty;
		this.printedScale = printedScale;
		this.formula = formula;
		this.compound = compound;
		this.sources = sources;
	}

	/** A printed number: its rounding error is half a unit of its last printed digit, scaled by {@code unitFactor}. */
	public static Amount printed(BigDecimal printedValue, BigDecimal unitFactor, SourceRef source) {
		int scale = Math.max(0, printedValue.scale());
		BigDecimal value = unitFactor.compareTo(BigDecimal.ONE) == 0 ? printedValue : printedValue.multiply(unitFactor);
		BigDecimal error = HALF.movePointLeft(scale).multiply(unitFactor).abs();
		return new Amount(value, 1, error, scale, plain(value), false, List.of(source));
	}

	/** A blank cell (or a placeholder such as ——): exactly zero, so it adds no rounding error and is no term. */
	public static Amount blank(SourceRef source) {
		return new Amount(BigDecimal.ZERO, 0, BigDecimal.ZERO, 2, "0", false, List.of(source));
	}

	/** A number written in a rule: exact, from nowhere. */
	public static Amount constant(BigDecimal value) {
		return new Amount(value, 0, BigDecimal.ZERO, -1, plain(value), false, List.of());
	}

	public static Amount zero() {
		return constant(BigDecimal.ZERO);
	}

	public BigDecimal value() {
		return value;
	}

	public int terms() {
		return terms;
	}

	public BigDecimal uncertainty() {
		return uncertainty;
	}

	/** Decimals of the printed value, or -1 when computed. */
	public int printedScale() {
		return printedScale;
	}

	public String formula() {
		return formula;
	}

	public List<SourceRef> sources() {
		return sources;
	}

	public Amount plus(Amount other) {
		return combine(other, value.add(other.value), uncertainty.add(other.uncertainty), " + ");
	}

	public Amount minus(Amount other) {
		return combine(other, value.subtract(other.value), uncertainty.add(other.uncertainty), " − ");
	}

	public Amount times(Amount other) {
		// |Δ(ab)| ≤ |a|Δb + |b|Δa + ΔaΔb
		BigDecimal error = value.abs().multiply(other.uncertainty).add(other.value.abs().multiply(uncertainty))
				.add(uncertainty.multiply(other.uncertainty));
		return combine(other, value.multiply(other.value), error, " × ");
	}

	/** Division; null when dividing by zero (the caller reports it as missing). */
	public Amount dividedBy(Amount other) {
		if (other.value.signum() == 0) {
			return null;
		}
		BigDecimal quotient = value.divide(other.value, DIVISION);
		// |Δ(a/b)| ≤ (Δa + |a/b|Δb) / (|b| - Δb), when |b| > Δb
		BigDecimal denominator = other.value.abs().subtract(other.uncertainty);
		BigDecimal error = denominator.signum() <= 0 ? quotient.abs()
				: uncertainty.add(quotient.abs().multiply(other.uncertainty)).divide(denominator, DIVISION);
		return combine(other, quotient, error, " ÷ ");
	}

	public Amount negate() {
		return new Amount(value.negate(), terms, uncertainty, printedScale,
				compound ? "−(" + formula + ")" : plain(value.negate()), compound, sources);
	}

	/** The same amount under another formula text (e.g. a function's result). */
	public Amount withFormula(String newFormula) {
		return new Amount(value, terms, uncertainty, printedScale, newFormula, true, sources);
	}

	/** Rounded to {@code scale} decimals, keeping provenance. */
	public Amount rounded(int scale) {
		return new Amount(value.setScale(scale, RoundingMode.HALF_UP), terms, uncertainty, printedScale, formula,
				compound, sources);
	}

	/** The sum of several amounts, written as {@code a + b + c}. */
	public static Amount sum(List<Amount> amounts) {
		if (amounts.isEmpty()) {
			return zero();
		}
		Amount total = amounts.get(0);
		for (int i = 1; i < amounts.size(); i++) {
			total = total.plus(amounts.get(i));
		}
		return total;
	}

	private Amount combine(Amount other, BigDecimal result, BigDecimal error, String operator) {
		List<SourceRef> all = new ArrayList<>(sources.size() + other.sources.size());
		all.addAll(sources);
		all.addAll(other.sources);
		boolean multiplicative = operator.equals(" × ") || operator.equals(" ÷ ");
		String left = multiplicative && additive() ? "(" + formula + ")" : formula;
		String right;
		if (multiplicative ? other.compound : other.additive()) {
			right = "(" + other.formula + ")";
		} else if (!other.compound && other.value.signum() < 0 && !multiplicative) {
			// a + -5 reads better as a − 5
			operator = operator.equals(" + ") ? " − " : " + ";
			right = plain(other.value.negate());
		} else {
			right = other.formula;
		}
		return new Amount(result, terms + other.terms, error, -1, left + operator.replace(" - ", " − ") + right, true,
				List.copyOf(all));
	}

	private boolean additive() {
		return compound && (formula.contains(" + ") || formula.contains(" − "));
	}

	/** A decimal as a reviewer writes it: no exponent, no trailing zeros beyond two decimals. */
	public static String plain(BigDecimal value) {
		BigDecimal v = value.stripTrailingZeros();
		if (v.scale() < 0) {
			v = v.setScale(0, RoundingMode.UNNECESSARY);
		}
		if (value.scale() >= 2 && v.scale() < 2) {
			v = v.setScale(2, RoundingMode.UNNECESSARY); // money keeps its cents: 260.00, not 260
		}
		if (v.scale() > 6) {
			v = v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
		}
		return v.toPlainString();
	}

	@Override
	public String toString() {
		return plain(value);
	}
}
