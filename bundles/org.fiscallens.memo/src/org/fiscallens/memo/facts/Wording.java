package org.fiscallens.memo.facts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fiscallens.model.review.FindingLocation;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;

/**
 * The words a memo uses for the record's values: severities, kinds of document, categories of rules, locations. The
 * category of a rule is the second segment of its package (决算.表内.公开05行合计 → 表内), i.e. the relation family of
 * the standard library (looked up by rule name, see {@link RuleFamilies}); a manual finding is its own category.
 */
public final class Wording {

	public static final String MANUAL = "人工";
	/** Rules not in the standard library (a user's own). */
	public static final String OTHER = "其他";

	/** Relation families in the order of the standard library, with the names a memo prints. */
	private static final Map<String, String> CATEGORIES = orderedMap(
			"表内", "表内勾稽关系",
			"平衡", "收支平衡关系",
			"表间", "表间一致性",
			"说明", "情况说明与报表一致性",
			"完整性", "公开完整性与细化程度",
			"绩效", "绩效信息",
			"跨文件", "跨年度及预决算衔接",
			MANUAL, "人工发现问题",
			OTHER, "其他规则");

	private Wording() {
	}

	private static Map<String, String> orderedMap(String... pairs) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(map);
	}

	/** The category code of a finding (表内, 说明, …, 人工; the rule's package segment for a family not listed). */
	public static String category(FindingRecord f) {
		if (f.isManual()) {
			return MANUAL;
		}
		String rule = f.getRule() == null ? "" : f.getRule();
		String[] parts = rule.split("\\.");
		if (parts.length >= 3) {
			return parts[1]; // a qualified name: 决算.表内.公开05行合计
		}
		String family = RuleFamilies.family(f.getKind(), rule);
		return family == null ? OTHER : family;
	}

	/** The printed name of a category code. */
	public static String categoryName(String code) {
		return CATEGORIES.getOrDefault(code, code);
	}

	/** Category codes in their standard order, then the others alphabetically. */
	public static List<String> orderCategories(java.util.Collection<String> codes) {
		List<String> known = CATEGORIES.keySet().stream().filter(codes::contains).collect(Collectors.toList());
		codes.stream().filter(c -> !CATEGORIES.containsKey(c)).sorted().forEach(known::add);
		return known;
	}

	public static String severity(FindingSeverity s) {
		return switch (s) {
		case ERROR -> "错误";
		case WARNING -> "警告";
		case INFO -> "提示";
		};
	}

	public static String status(FindingStatus s) {
		return s.getLiteral();
	}

	/** 决算 or 预算, from the record's kind literal. */
	public static String kind(String literal) {
		return "budget".equals(literal) ? "预算" : "决算";
	}

	/** The rule's short name (the last segment of its qualified name). */
	public static String ruleName(String rule) {
		if (rule == null) {
			return "";
		}
		int dot = rule.lastIndexOf('.');
		return dot < 0 ? rule : rule.substring(dot + 1);
	}

	/**
	 * Where the values of a finding are, one entry per table column or narrative section: the cells of one column are
	 * listed together ({@code 公开10a表 列「决算数」：行「30201 办公费」（原文第 475 行）、行「30202 印刷费」（原文第 476 行）})
	 * so that a sum over twenty rows stays readable.
	 */
	public static List<String> where(List<FindingLocation> locations) {
		Map<String, List<FindingLocation>> byColumn = new java.util.LinkedHashMap<>();
		for (FindingLocation l : locations) {
			boolean cell = l.getTable() != null && !l.getTable().isBlank() && l.getColumn() != null
					&& !l.getColumn().isBlank() && l.getRow() != null && !l.getRow().isBlank();
			byColumn.computeIfAbsent(cell ? l.getTable() + "\u0000" + l.getColumn() : "\u0001" + byColumn.size(),
					k -> new java.util.ArrayList<>()).add(l);
		}
		List<String> result = new java.util.ArrayList<>();
		for (List<FindingLocation> group : byColumn.values()) {
			if (group.size() == 1) {
				result.add(where(group.get(0)));
				continue;
			}
			FindingLocation first = group.get(0);
			StringBuilder s = new StringBuilder(first.getTable()).append(first.getTable().endsWith("表") ? "" : "表")
					.append(" 列「").append(first.getColumn()).append("」：");
			for (int i = 0; i < group.size(); i++) {
				FindingLocation l = group.get(i);
				s.append(i == 0 ? "" : "、").append("行「").append(l.getRow()).append("」");
				if (l.getLine() > 0) {
					s.append("（原文第 ").append(l.getLine()).append(" 行）");
				}
			}
			result.add(s.toString());
		}
		return result;
	}

	/** Where one value is: 公开05表 行「21015」列「基本支出」（原文第 213 行）, or the narrative section. */
	public static String where(FindingLocation l) {
		StringBuilder s = new StringBuilder();
		if (l.getTable() != null && !l.getTable().isBlank()) {
			s.append(l.getTable()).append(l.getTable().endsWith("表") ? "" : "表");
			if (l.getRow() != null && !l.getRow().isBlank()) {
				s.append(" 行「").append(l.getRow()).append("」");
			}
			if (l.getColumn() != null && !l.getColumn().isBlank()) {
				s.append(" 列「").append(l.getColumn()).append("」");
			}
		} else if (l.getSection() != null && !l.getSection().isBlank()) {
			s.append("情况说明「").append(l.getSection()).append("」");
		} else {
			s.append("正文");
		}
		if (l.getLine() > 0) {
			s.append("（原文第 ").append(l.getLine()).append(" 行）");
		}
		return s.toString();
	}
}
