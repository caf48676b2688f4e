package org.fiscallens.generator;

/**
 * The faults the generator injects, one relation family (domain.md §4) each, and the documents they fit: a 决算, a
 * 预算, or both; some need last year's document in the set, or a consolidating department.
 */
enum FaultKind {
	// 1 sums inside a table
	ROW_TOTAL(1, true, true), SUBJECT_ROLLUP(1, true, true),
	// 2 balances
	CLOSING_BALANCE(2, true, false), FISCAL_CLOSING_BALANCE(2, true, false), GRAND_TOTAL(2, false, true),
	// 3 across tables
	GENERAL_BUDGET_CLASS(3, true, true),
	// 4 narrative vs tables
	NARRATIVE_AMOUNT(4, true, true), NARRATIVE_SHARE(4, true, true), DIRECTION_WORD(4, true, true),
	COMPLETION_RATE(4, true, false),
	// 5 completeness
	MISSING_TABLE(5, true, true), EMPTY_TABLE_NOTE(5, true, true),
	// 6 annexes
	ANNEX_EXECUTION_RATE(6, true, false), ANNEX_BALANCE(6, true, false), ANNEX_TEXT_RATE(6, true, false),
	EVALUATED_FUNDS(6, true, false),
	// 7 across documents
	PREVIOUS_YEAR(7, true, true), INITIAL_BUDGET(7, true, false), DEPARTMENT_MISMATCH(7, true, true);

	final int family;
	final boolean finalAccounts;
	final boolean budget;

	FaultKind(int family, boolean finalAccounts, boolean budget) {
		this.family = family;
		this.finalAccounts = finalAccounts;
		this.budget = budget;
	}

	boolean fits(boolean isBudget, boolean hasPreviousYear, boolean consolidates) {
		if (isBudget ? !budget : !finalAccounts) {
			return false;
		}
		if (this == PREVIOUS_YEAR && !hasPreviousYear) {
			return false;
		}
		return this != DEPARTMENT_MISMATCH || consolidates;
	}
}
