package org.fiscallens.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The books of one unit for one year and kind, in 分: named accounts ("spend/basic/fiscal@2101501", "econ@30101",
 * "vehicles/机要通信用车" …) plus the projects. A department's books are the sum of its units' books, so every table
 * of a consolidated disclosure adds up to its members' tables within rounding.
 */
final class Ledger {

	/** A project (项目) of the year: its budget, carry-over from last year, execution, and its self-evaluation score. */
	record Project(String name, String unit, long annualBudget, long carriedOver, long executed, long unitFunds,
			double score) {
		long balance() {
			return annualBudget - executed;
		}
	}

	private final TreeMap<String, Long> accounts = new TreeMap<>();
	private final List<Project> projects = new ArrayList<>();

	void add(String account, long fen) {
		if (fen != 0) {
			accounts.merge(account, fen, Long::sum);
		}
	}

	void set(String account, long fen) {
		accounts.put(account, fen);
	}

	long get(String account) {
		return accounts.getOrDefault(account, 0L);
	}

	/** The sum of the accounts whose name starts with {@code prefix} ("spend/basic/" + "…@210" sums a 类). */
	long sum(String prefix) {
		long total = 0;
		for (Map.Entry<String, Long> e : accounts.tailMap(prefix, true).entrySet()) {
			if (!e.getKey().startsWith(prefix)) {
				break;
			}
			total += e.getValue();
		}
		return total;
	}

	/** The sum over the accounts {@code prefix + "@" + code…} for each of several prefixes. */
	long sum(String code, String... prefixes) {
		long total = 0;
		for (String p : prefixes) {
			total += sum(p + "@" + code);
		}
		return total;
	}

	/** The subject codes (7 digits) that have an account under one of the prefixes. */
	List<String> items(String... prefixes) {
		TreeMap<String, Boolean> codes = new TreeMap<>();
		for (String p : prefixes) {
			for (Map.Entry<String, Long> e : accounts.tailMap(p + "@", true).entrySet()) {
				if (!e.getKey().startsWith(p + "@")) {
					break;
				}
				codes.put(e.getKey().substring(p.length() + 1), true);
			}
		}
		return new ArrayList<>(codes.keySet());
	}

	List<Project> projects() {
		return projects;
	}

	void addProject(Project project) {
		projects.add(project);
	}

	/** Adds another unit's books to these (a department consolidating its units). */
	void addAll(Ledger other) {
		other.accounts.forEach(this::add);
		projects.addAll(other.projects);
	}
}
