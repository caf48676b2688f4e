package org.fiscallens.rules.interpreter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An exact decimal with its provenance: the printed values it was computed from (their source locations), how many
 * printed terms went into it (for rounding tolerance: n terms of 2-decimal 万元 may drift by n × 0.005), the most
 * rounding error it can carry, the printed precision of a single printed value, and the formula that produced it
 * written with the values, so a finding can show {@code 452.64 + 6687.42 = 7140.06}.
 */
public final class Amount {

	private static final MathContext DIVISION = new MathContext(20, RoundingMode.HALF_EVEN);
	static final BigDecimal HALF = new BigDecimal("0.5");
	/** Half a unit of the last printed digit, for 0–6 decimals: most cells are printed in 万元 (factor 1). */
	private static final BigDecimal[] HALF_UNIT = new BigDecimal[7];
	static {
		for (int scale = 0; scale < HALF_UNIT.length; scale++) {
			HALF_UNIT[scale] = HALF.movePointLeft(scale);
		}
	}

	private final BigDecimal value;
	private final int terms;
	private final BigDecimal uncertainty;
	private final int printedScale;
	private final boolean compound;
	/*
	 * The formula and the source list are only read when a finding is made, which is rare: a rule checks thousands of
	 * sums that hold. So an amount computed from two others keeps them and their operator, and writes its formula and
	 * collects its sources on first use (eagerly it was a string concatenation and a list copy per addition).
	 */
	private final Amount left;
	private final Amount right;
	private final String operator;
	private final List<SourceRef> ownSources;
	/** Writes the formula of a function's result (e.g. "share(…)") when it is first asked for. */
	private final Supplier<String> written;
	private String formula;

	private Amount(BigDecimal value, int terms, BigDecimal uncertainty, int printedScale, String formula,
			boolean compound, List<SourceRef> sources) {
		this(value, terms, uncertainty, printedScale, formula, compound, sources, null, null, null, null);
	}

	private Amount(BigDecimal value, int terms, BigDecimal uncertainty, int printedScale, String formula,
			boolean compound, List<SourceRef> ownSources, Amount left, String operator, Amount right) {
		this(value, terms, uncertainty, printedScale, formula, compound, ownSources, left, operator, right, null);
	}

	private Amount(BigDecimal value, int terms, BigDecimal uncertainty, int printedScale, String formula,
			boolean compound, List<SourceRef> ownSources, Amount left, String operator, Amount right,
			Supplier<String> written) {
		this.value = value;
		this.terms = terms;
		this.uncertainty = uncertainty;
		this.printedScale = printedScale;
		this.formula = formula;
		this.compound = compound;
		this.ownSources = ownSources;
		this.left = left;
		this.operator = operator;
		this.right = right;
		this.written = written;
	}

	/** A printed number: its rounding error is half a unit of its last printed digit, scaled by {@code unitFactor}. */
	public static Amount printed(BigDecimal printedValue, BigDecimal unitFactor, SourceRef source) {
		int scale = Math.max(0, printedValue.scale());
		boolean asPrinted = unitFactor.compareTo(BigDecimal.ONE) == 0;
		BigDecimal value = asPrinted ? printedValue : printedValue.multiply(unitFactor);
		BigDecimal half = scale < HALF_UNIT.length ? HALF_UNIT[scale] : HALF.movePointLeft(scale);
		BigDecimal error = asPrinted ? half : half.multiply(unitFactor).abs();
		return new Amount(value, 1, error, scale, null, false, List.of(source));
	}

	/** A blank cell (or a placeholder such as ——): exactly zero, so it adds no rounding error and is no term. */
	public static Amount blank(SourceRef source) {
		return new Amount(BigDecimal.ZERO, 0, BigDecimal.ZERO, 2, "0", false, List.of(source));
	}

	/** A number written in a rule: exact, from nowhere. */
	public static Amount constant(BigDecimal value) {
		return new Amount(value, 0, BigDecimal.ZERO, -1, null, false, List.of());
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

	/** How the value was computed, written with the values: {@code 452.64 + 6687.42}; a plain number for a printed one. */
	public String formula() {
		String f = formula;
		if (f == null) {
			f = written != null ? written.get() : operator == null ? plain(value) : render();
			formula = f; // a benign race: every thread computes the same string
		}
		return f;
	}

	/** The printed values this amount was computed from, in the order they were used. */
	public List<SourceRef> sources() {
		if (left == null) {
			return ownSources;
		}
		List<SourceRef> all = new ArrayList<>();
		collectSources(all);
		return List.copyOf(all);
	}

	private void collectSources(List<SourceRef> into) {
		// iterative along the left spine: a long sum is a left-leaning chain (a + b + c + …)
		List<Amount> rights = new ArrayList<>();
		Amount a = this;
		while (a.left != null) {
			if (a.right != null) {
				rights.add(a.right);
			}
			a = a.left;
		}
		into.addAll(a.ownSources);
		for (int i = rights.size() - 1; i >= 0; i--) {
			rights.get(i).collectSources(into);
		}
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
		if (!compound) {
			return new Amount(value.negate(), terms, uncertainty, printedScale, null, false, null, this, null, null);
		}
		return new Amount(value.negate(), terms, uncertainty, printedScale, null, true, null, this, NEGATION, null);
	}

	private static final String NEGATION = "−";

	/**
	 * The same amount under another formula text (e.g. a function's result), written only if a finding asks for it:
	 * most computed amounts agree with what they are compared to and are never shown.
	 */
	public Amount withFormula(Supplier<String> newFormula) {
		return new Amount(value, terms, uncertainty, printedScale, null, true, null, this, null, null, newFormula);
	}

	/** Rounded to {@code scale} decimals, keeping provenance. */
	public Amount rounded(int scale) {
		return new Amount(value.setScale(scale, RoundingMode.HALF_UP), terms, uncertainty, printedScale, null,
				compound, null, this, null, null, this::formula);
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

	private Amount combine(Amount other, BigDecimal result, BigDecimal error, String op) {
		return new Amount(result, terms + other.terms, error, -1, null, true, null, this, op, other);
	}

	/** The formula of a computed amount, with the parentheses the operators need. */
	private String render() {
		if (operator == NEGATION) {
			return "−(" + left.formula() + ")";
		}
		// a long sum is a left-leaning chain: walk it without recursion, then write it from the innermost term out
		List<Amount> chain = new ArrayList<>();
		Amount a = this;
		while (a.operator != null && a.operator != NEGATION && a.formula == null) {
			chain.add(a);
			a = a.left;
		}
		StringBuilder out = new StringBuilder(a.formula());
		for (int i = chain.size() - 1; i >= 0; i--) {
			Amount step = chain.get(i);
			String op = step.operator;
			Amount other = step.right;
			boolean multiplicative = op.equals(" × ") || op.equals(" ÷ ");
			if (multiplicative && step.left.additive()) {
				out.insert(0, '(').append(')');
			}
			String written;
			if (multiplicative ? other.compound : other.additive()) {
				written = "(" + other.formula() + ")";
			} else if (!other.compound && other.value.signum() < 0 && !multiplicative) {
				// a + -5 reads better as a − 5
				op = op.equals(" + ") ? " − " : " + ";
				written = plain(other.value.negate());
			} else {
				written = other.formula();
			}
			out.append(op).append(written);
			step.formula = out.toString();
		}
		return out.toString();
	}

	private boolean additive() {
		if (!compound) {
			return false;
		}
		String f = formula();
		return f.contains(" + ") || f.contains(" − ");
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
